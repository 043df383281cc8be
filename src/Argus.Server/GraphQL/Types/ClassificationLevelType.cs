using Argus.Server.Authorization;
using GraphQL.Types;

namespace Argus.Server.GraphQL.Types;

/// <summary>GraphQL <c>ClassificationLevel</c>: UNCLASSIFIED, RESTRICTED, CONFIDENTIAL, SECRET, TOP_SECRET.</summary>
public sealed class ClassificationLevelType : EnumerationGraphType<ClassificationLevel>
{
    public ClassificationLevelType()
    {
        Name = "ClassificationLevel";
        Description = "The classification ladder, lowest first.";
    }
}
