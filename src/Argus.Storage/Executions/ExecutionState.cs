namespace Argus.Storage.Executions;

/// <summary>Where an execution is in its life. Pending and Running are open; the others are final.</summary>
public enum ExecutionState
{
    /// <summary>Submitted, waiting for a worker (also after a worker released it or its lease expired).</summary>
    Pending,

    /// <summary>A worker holds the lease and runs it.</summary>
    Running,

    Completed,
    Failed,
    Cancelled,

    /// <summary>The engine refused to start it (revoked, outside its validity window, missing capability).</summary>
    Refused,
}
