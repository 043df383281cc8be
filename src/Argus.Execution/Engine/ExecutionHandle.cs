using System.Collections.Immutable;
using Argus.Execution.Capabilities.Manual;

namespace Argus.Execution.Engine;

/// <summary>A running execution: its id, its end, cancellation and answers to manual steps.</summary>
public sealed class ExecutionHandle
{
    private readonly CancellationTokenSource _cancellation;

    internal ExecutionHandle(
        Guid executionId, CancellationTokenSource cancellation, ManualInputBroker manualInput, Task<ExecutionResult> completion)
    {
        ExecutionId = executionId;
        Completion = completion;
        _cancellation = cancellation;
        ManualInput = manualInput;
    }

    public Guid ExecutionId { get; }

    /// <summary>Completes with the result when the execution ends; never faults for step failures.</summary>
    public Task<ExecutionResult> Completion { get; }

    /// <summary>The manual questions waiting for an answer now.</summary>
    public ImmutableArray<ManualRequest> PendingManualRequests => ManualInput.Pending;

    internal ManualInputBroker ManualInput { get; }

    /// <summary>Cancels the whole execution: ongoing steps end <c>failed</c> ("execution cancelled").</summary>
    public void Cancel() => _cancellation.Cancel();

    /// <summary>Answers a manual step; false when the request no longer waits.</summary>
    public bool AnswerManual(string requestId, ManualAnswer answer) => ManualInput.Answer(requestId, answer);
}
