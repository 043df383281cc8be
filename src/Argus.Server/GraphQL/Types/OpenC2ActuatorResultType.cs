using Argus.Server.Authorization;
using Argus.Storage.Actuators;
using GraphQL.Types;

namespace Argus.Server.GraphQL.Types;

/// <summary>GraphQL <c>OpenC2ActuatorResult</c>: the outcome of a create or update as data.</summary>
public sealed class OpenC2ActuatorResultType : ObjectGraphType<ActuatorWriteResult>
{
    public OpenC2ActuatorResultType()
    {
        Name = "OpenC2ActuatorResult";
        Description = "The outcome of createOpenC2Actuator or updateOpenC2Actuator. Nothing is written unless the outcome is SAVED.";
        this.SetAccess(AccessRequirement.AnyCaller);
        Field<NonNullGraphType<ActuatorWriteOutcomeType>>("outcome").Resolve(c => c.Source switch
        {
            ActuatorWriteResult.Saved => ActuatorWriteOutcome.Saved,
            ActuatorWriteResult.Rejected => ActuatorWriteOutcome.Rejected,
            _ => ActuatorWriteOutcome.NotFound,
        });
        Field<OpenC2ActuatorType>("actuator").Description("The stored actuator (SAVED).")
            .Resolve(c => c.Source is ActuatorWriteResult.Saved saved ? saved.Actuator : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActuatorIssueType>>>>("issues").Description("Every problem (REJECTED).")
            .Resolve(c => c.Source is ActuatorWriteResult.Rejected rejected ? rejected.Issues.ToArray() : []);
    }
}
