namespace Argus.Execution.Engine;

/// <summary>How a branch (a path from one step to an end step) ended. Cancellation travels as an exception.</summary>
internal sealed record BranchResult(bool IsCompleted, string? FailedStepId, string? Reason)
{
    public static BranchResult Completed { get; } = new(true, null, null);

    public static BranchResult Failed(string stepId, string reason) => new(false, stepId, reason);
}
