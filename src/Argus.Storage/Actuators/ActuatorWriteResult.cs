using System.Collections.Immutable;

namespace Argus.Storage.Actuators;

/// <summary>The outcome of a create or update; callers switch over the cases.</summary>
public abstract record ActuatorWriteResult
{
    private ActuatorWriteResult()
    {
    }

    /// <summary>Stored (with its audit event); the actuator as the API shows it.</summary>
    public sealed record Saved(StoredActuator Actuator) : ActuatorWriteResult;

    /// <summary>Invalid input or a duplicate name: every issue, nothing written.</summary>
    public sealed record Rejected(ImmutableArray<ActuatorIssue> Issues) : ActuatorWriteResult;

    /// <summary>No actuator with that id in the caller's organisation.</summary>
    public sealed record NotFound : ActuatorWriteResult;
}
