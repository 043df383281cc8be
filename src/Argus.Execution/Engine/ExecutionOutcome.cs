namespace Argus.Execution.Engine;

/// <summary>How an execution ended.</summary>
public enum ExecutionOutcome
{
    /// <summary>The top-level branch reached an end step.</summary>
    Completed,

    /// <summary>A step failed with no pointer to handle it (the workflow_exception branch, if any, has run).</summary>
    Failed,

    /// <summary>Cancelled by an operator through <see cref="ExecutionHandle.Cancel"/>.</summary>
    Cancelled,

    /// <summary>The host shut down: ongoing steps were left ongoing, to be resumed elsewhere, not failed.</summary>
    Interrupted,

    /// <summary>Never started: revoked, outside its validity window, or without a resolvable workflow_start.</summary>
    Refused,
}
