using Argus.Server.Actuators;
using Argus.Server.Authorization;
using GraphQL.Types;

namespace Argus.Server.GraphQL.Types;

/// <summary>GraphQL <c>DeleteOpenC2ActuatorResult</c>.</summary>
public sealed class DeleteOpenC2ActuatorResultType : ObjectGraphType<ActuatorDeletion>
{
    public DeleteOpenC2ActuatorResultType()
    {
        Name = "DeleteOpenC2ActuatorResult";
        Description = "deleted is false when the organisation has no actuator with that id.";
        this.SetAccess(AccessRequirement.AnyCaller);
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<BooleanGraphType>>("deleted").Resolve(c => c.Source.Deleted);
    }
}
