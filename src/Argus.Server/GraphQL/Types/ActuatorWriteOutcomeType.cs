using GraphQL.Types;

namespace Argus.Server.GraphQL.Types;

/// <summary>GraphQL <c>OpenC2ActuatorWriteOutcome</c>.</summary>
public sealed class ActuatorWriteOutcomeType : EnumerationGraphType<ActuatorWriteOutcome>
{
    public ActuatorWriteOutcomeType()
    {
        Name = "OpenC2ActuatorWriteOutcome";
        Description = "SAVED (stored and audited), REJECTED (see issues; nothing written), NOT_FOUND (no such actuator in the organisation).";
    }
}
