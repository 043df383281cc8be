using System.Collections.Immutable;
using Argus.Execution.Status;

namespace Argus.Execution.Capabilities;

/// <summary>What a capability returns: a status, its text, and named outputs (<c>__name__</c> to text value).</summary>
/// <remarks>Only the outputs named in the step's <c>out_args</c> are copied into scope.</remarks>
public sealed record CapabilityResult(ExecutionStatus Status, string? StatusText, ImmutableDictionary<string, string> Outputs)
{
    public bool IsSuccess => Status == ExecutionStatus.SuccessfullyExecuted;

    public static CapabilityResult Success(string? statusText = null, ImmutableDictionary<string, string>? outputs = null) =>
        new(ExecutionStatus.SuccessfullyExecuted, statusText, outputs ?? ImmutableDictionary<string, string>.Empty);

    public static CapabilityResult Failure(ExecutionStatus status, string statusText) =>
        status == ExecutionStatus.SuccessfullyExecuted || !ExecutionStatusNames.IsFinal(status)
            ? throw new ArgumentException("A failure needs a final, unsuccessful status.", nameof(status))
            : new(status, statusText, ImmutableDictionary<string, string>.Empty);
}
