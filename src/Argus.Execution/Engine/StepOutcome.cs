using System.Collections.Immutable;
using Argus.Execution.Status;

namespace Argus.Execution.Engine;

/// <summary>The final status of one step invocation and the values it wrote into scope.</summary>
internal sealed record StepOutcome(ExecutionStatus Status, string? Text)
{
    public bool IsSuccess => Status == ExecutionStatus.SuccessfullyExecuted;

    /// <summary>What the step wrote into scope (<see cref="StepInvocation.Outputs"/>).</summary>
    public ImmutableDictionary<string, string> Outputs { get; init; } = ImmutableDictionary<string, string>.Empty;

    public static StepOutcome Success(string? text = null) => new(ExecutionStatus.SuccessfullyExecuted, text);

    public static StepOutcome Failure(ExecutionStatus status, string text) => new(status, text);
}
