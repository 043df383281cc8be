using Argus.Execution.Capabilities.Manual;
using Argus.Execution.Status;

namespace Argus.Execution.Engine;

/// <summary>
/// Receives every change of an execution: the seam for persistence (a journal table), the API and SSE.
/// Calls may arrive concurrently from parallel branches; implementations must be thread-safe.
/// </summary>
public interface IExecutionObserver
{
    /// <summary>A step invocation started (<c>ongoing</c>) or changed status (<c>await_user_input</c>, final).</summary>
    ValueTask OnStepChangedAsync(StepInvocation invocation, CancellationToken cancellationToken);

    /// <summary>A manual step waits for an operator's answer (see <see cref="ExecutionHandle.AnswerManual"/>).</summary>
    ValueTask OnManualInputRequestedAsync(ManualRequest request, CancellationToken cancellationToken);

    /// <summary>The execution ended (also when cancelled or interrupted by shutdown).</summary>
    ValueTask OnExecutionEndedAsync(ExecutionResult result, CancellationToken cancellationToken);
}
