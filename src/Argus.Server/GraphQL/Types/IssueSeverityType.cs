using Argus.Cacao.Validation;
using GraphQL.Types;

namespace Argus.Server.GraphQL.Types;

/// <summary>GraphQL <c>IssueSeverity</c>: ERROR rejects a document, WARNING is stored and shown.</summary>
public sealed class IssueSeverityType : EnumerationGraphType<IssueSeverity>
{
    public IssueSeverityType()
    {
        Name = "IssueSeverity";
    }
}
