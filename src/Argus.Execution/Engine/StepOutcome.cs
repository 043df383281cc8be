using Argus.Execution.Status;

namespace Argus.Execution.Engine;

/// <summary>The final status of one step invocation.</summary>
internal sealed record StepOutcome(ExecutionStatus Status, string? Text)
{
    public bool IsSuccess => Status == ExecutionStatus.SuccessfullyExecuted;

    public static StepOutcome Success(string? text = null) => new(ExecutionStatus.SuccessfullyExecuted, text);

    public static StepOutcome Failure(ExecutionStatus status, string text) => new(status, text);
}
