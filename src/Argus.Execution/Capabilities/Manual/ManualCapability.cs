using Argus.Execution.Status;

namespace Argus.Execution.Capabilities.Manual;

/// <summary>
/// The <c>manual</c> command type: the step waits in <c>await_user_input</c> until an operator answers through
/// <see cref="Engine.ExecutionHandle.AnswerManual"/>, or until the step's timeout fires.
/// </summary>
public sealed class ManualCapability : ICapability
{
    public string CommandType => "manual";

    public async Task<CapabilityResult> ExecuteAsync(CapabilityInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var request = new ManualRequest(invocation.StatusRecordId, invocation.ExecutionId, invocation.StepId,
            invocation.CommandText);
        var answer = await invocation.ManualInput.AskAsync(request, cancellationToken).ConfigureAwait(false);
        return answer.Outcome == ManualOutcome.Success
            ? CapabilityResult.Success(answer.Text ?? "operator reported success", answer.Variables)
            : CapabilityResult.Failure(ExecutionStatus.Failed, answer.Text ?? "operator reported failure");
    }
}
