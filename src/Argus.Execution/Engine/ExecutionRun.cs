using System.Collections.Concurrent;
using System.Collections.Immutable;
using Argus.Cacao.Model;
using Argus.Cacao.Model.Workflow;
using Argus.Execution.Capabilities.Manual;
using Argus.Execution.Status;
using Argus.Execution.Variables;

namespace Argus.Execution.Engine;

/// <summary>
/// One execution: walks the workflow, routes by pointers, and reports every step invocation.
/// </summary>
/// <remarks>
/// Failure routing (spec-notes §2.5 [X]): after a failure, <c>on_failure</c> if present; else <c>on_completion</c>
/// when the step has no <c>on_success</c> (on_completion means "go on regardless"); else the branch fails. A failed
/// sub-branch fails its enclosing if/while/switch/parallel/playbook-action step, which routes by its own pointers.
/// A failure that reaches the top level runs the playbook's <c>workflow_exception</c> branch (if any), and the
/// execution ends <see cref="ExecutionOutcome.Failed"/>.
/// </remarks>
internal sealed partial class ExecutionRun
{
    private const int MaxStepsPerBranch = 100_000;

    private readonly ExecutionEngine _engine;
    private readonly Guid _executionId;
    private readonly ExecutionRequest _request;
    private readonly IExecutionObserver _observer;
    private readonly ManualInputBroker _manualInput;
    private readonly CancellationToken _cancellation;
    private readonly CancellationToken _shutdown;
    private readonly ConcurrentDictionary<string, StepInvocation> _active = new(StringComparer.Ordinal);
    private readonly ImmutableDictionary<string, StepInvocation> _prior;

    public ExecutionRun(
        ExecutionEngine engine, Guid executionId, ExecutionRequest request, IExecutionObserver observer,
        ManualInputBroker manualInput, CancellationToken cancellation, CancellationToken shutdown)
    {
        _engine = engine;
        _executionId = executionId;
        _request = request;
        _observer = observer;
        _manualInput = manualInput;
        _cancellation = cancellation;
        _shutdown = shutdown;
        _prior = request.PriorInvocations
            .Where(i => i.Key.Length > 0)
            .GroupBy(i => i.Key, StringComparer.Ordinal)
            .ToImmutableDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
    }

    public Task<ExecutionResult> RunAsync(Playbook playbook, ImmutableDictionary<string, string> variables) =>
        RunAsync(playbook, variables, _engine.RefusalReason(playbook),
            (scope, token) => RunPlaybookAsync(playbook, 0, scope, "/", BranchKeys.Root(), token));

    /// <summary>Runs the playbook's workflow (or one step), unless refused; reports and returns how it ended.</summary>
    private async Task<ExecutionResult> RunAsync(
        Playbook playbook, ImmutableDictionary<string, string> variables, string? refusal,
        Func<VariableScope, CancellationToken, Task<BranchResult>> body)
    {
        var playbookId = playbook.Id ?? "";
        var scope = VariableScope.ForPlaybook(playbook.PlaybookVariables);
        foreach (var (name, value) in variables)
        {
            scope.Initialize(name, value);
        }

        ExecutionResult result;
        if (refusal is not null)
        {
            result = new(_executionId, playbookId, ExecutionOutcome.Refused, refusal, scope.PlaybookSnapshot());
        }
        else
        {
            using var both = CancellationTokenSource.CreateLinkedTokenSource(_cancellation, _shutdown);
            try
            {
                var branch = await body(scope, both.Token).ConfigureAwait(false);
                result = new(_executionId, playbookId,
                    branch.IsCompleted ? ExecutionOutcome.Completed : ExecutionOutcome.Failed,
                    branch.Reason, scope.PlaybookSnapshot());
            }
            catch (OperationCanceledException) when (_shutdown.IsCancellationRequested)
            {
                result = new(_executionId, playbookId, ExecutionOutcome.Interrupted,
                    "The host shut down; ongoing steps were left to be resumed.", scope.PlaybookSnapshot());
            }
            catch (OperationCanceledException) when (_cancellation.IsCancellationRequested)
            {
                result = new(_executionId, playbookId, ExecutionOutcome.Cancelled, "The execution was cancelled.",
                    scope.PlaybookSnapshot());
            }
        }

        await _observer.OnExecutionEndedAsync(result, CancellationToken.None).ConfigureAwait(false);
        return result;
    }

    internal async ValueTask OnManualRequestedAsync(ManualRequest request, CancellationToken cancellationToken)
    {
        if (_active.TryGetValue(request.RequestId, out var invocation))
        {
            var waiting = invocation with { Record = invocation.Record with { Status = ExecutionStatus.AwaitUserInput } };
            _active[request.RequestId] = waiting;
            await _observer.OnStepChangedAsync(waiting, cancellationToken).ConfigureAwait(false);
        }

        await _observer.OnManualInputRequestedAsync(request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs a playbook's workflow from workflow_start, then workflow_exception after a failure. Both branches share
    /// <paramref name="keys"/>, so a step reached by both gets distinct keys.
    /// </summary>
    private async Task<BranchResult> RunPlaybookAsync(
        Playbook playbook, int depth, VariableScope scope, string path, BranchKeys keys, CancellationToken cancellationToken)
    {
        var result = await RunBranchAsync(playbook, depth, playbook.WorkflowStart, scope, path, null, keys, cancellationToken)
            .ConfigureAwait(false);
        if (result.IsCompleted || playbook.WorkflowException is not { } exceptionStep)
        {
            return result;
        }

        var handler = await RunBranchAsync(playbook, depth, exceptionStep, scope, path, null, keys, cancellationToken)
            .ConfigureAwait(false);
        var how = handler.IsCompleted ? "workflow_exception ran" : $"workflow_exception failed too: {handler.Reason}";
        return BranchResult.Failed(result.FailedStepId ?? exceptionStep, $"{result.Reason} ({how})");
    }

    private async Task<BranchResult> RunBranchAsync(
        Playbook playbook, int depth, string? startStepId, VariableScope scope, string path, int? iteration,
        BranchKeys keys, CancellationToken cancellationToken)
    {
        var workflow = playbook.Workflow ?? OrderedMap<WorkflowStep>.Empty;
        var current = startStepId;
        for (var count = 0; current is not null; count++)
        {
            if (count >= MaxStepsPerBranch)
            {
                return BranchResult.Failed(current, $"The branch ran more than {MaxStepsPerBranch} steps (a cycle?).");
            }

            if (!workflow.TryGetValue(current, out var step))
            {
                return BranchResult.Failed(current, $"The step {current} does not exist in playbook {playbook.Id}.");
            }

            var context = new StepContext(playbook, depth, current, step, path, iteration, scope, NewRecordId(), keys.Next(current));
            var outcome = await RunStepAsync(context, cancellationToken).ConfigureAwait(false);
            if (step is EndStep)
            {
                return BranchResult.Completed;
            }

            var next = outcome.IsSuccess ? step.OnSuccess ?? step.OnCompletion : NextAfterFailure(step);
            if (!outcome.IsSuccess && next is null)
            {
                return StepFailed(current, outcome);
            }

            current = next;
        }

        // A non-end step without an outgoing pointer ends its branch (the validator reports it beforehand).
        return BranchResult.Completed;
    }

    private static BranchResult StepFailed(string stepId, StepOutcome outcome) =>
        BranchResult.Failed(stepId, $"Step {stepId} ended {ExecutionStatusNames.ToName(outcome.Status)}: {outcome.Text}");

    private string NewRecordId() => "execution-status--" + _engine.Ids.NewId().ToString("D");

    private static string? NextAfterFailure(WorkflowStep step) =>
        step.OnFailure ?? (step.OnSuccess is null ? step.OnCompletion : null);
}
