using Argus.Server.Authorization;
using GraphQL.Types;

namespace Argus.Server.GraphQL.Types;

/// <summary>GraphQL <c>CountByKey</c>.</summary>
public sealed class CountByKeyType : ObjectGraphType<CountByKey>
{
    public CountByKeyType()
    {
        Name = "CountByKey";
        Description = "How many playbooks fall under one key.";
        this.SetAccess(AccessRequirement.AnyCaller);
        Field<NonNullGraphType<StringGraphType>>("key").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<IntGraphType>>("count").Resolve(c => c.Source.Count);
    }
}
