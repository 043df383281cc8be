using System.Collections.Immutable;
using Argus.Server.Authorization;
using GraphQL.Types;

namespace Argus.Server.GraphQL.Types;

/// <summary>GraphQL <c>OpenC2ActionTargets</c>: one entry of the <c>pairs</c> result.</summary>
public sealed class OpenC2ActionTargetsType : ObjectGraphType<KeyValuePair<string, ImmutableArray<string>>>
{
    public OpenC2ActionTargetsType()
    {
        Name = "OpenC2ActionTargets";
        Description = "An action the actuator supports with the targets it applies to.";
        this.SetAccess(AccessRequirement.AnyCaller);
        Field<NonNullGraphType<StringGraphType>>("action").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("targets").Resolve(c => c.Source.Value.ToArray());
    }
}
