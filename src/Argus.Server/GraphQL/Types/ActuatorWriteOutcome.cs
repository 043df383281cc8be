namespace Argus.Server.GraphQL.Types;

/// <summary>What a create or update did; the cases of <see cref="Argus.Storage.Actuators.ActuatorWriteResult"/>.</summary>
public enum ActuatorWriteOutcome
{
    Saved,
    Rejected,
    NotFound,
}
