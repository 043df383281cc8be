using Argus.Cacao.Model.Workflow;
using Argus.Execution.Status;

namespace Argus.Execution.Engine;

internal sealed partial class ExecutionRun
{
    /// <summary>
    /// Runs one step invocation: delay, an <c>ongoing</c> record, the step's work under its timeout, the final record.
    /// </summary>
    /// <remarks>
    /// The token given is the enclosing branch's. When it fires because the host shuts down, the record stays
    /// <c>ongoing</c> (the step is to be resumed elsewhere); when it fires for cancellation or an enclosing step's
    /// timeout, the record ends <c>failed</c>; when the step's own timeout fires, <c>timeout_error</c>.
    /// </remarks>
    private async Task<StepOutcome> RunStepAsync(StepContext context, CancellationToken cancellationToken)
    {
        var step = context.Step;
        StepInvocation? interrupted = null;
        if (_prior.TryGetValue(context.Key, out var prior))
        {
            if (ExecutionStatusNames.IsFinal(prior.Record.Status))
            {
                return await ReplayAsync(context, prior, cancellationToken).ConfigureAwait(false);
            }

            // The earlier attempt's record was written after the delay, so the delay has passed already.
            interrupted = prior;
            context = context with { StatusRecordId = prior.Record.Id };
        }
        else if (step.Delay is > 0 and var delay)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(delay), _engine.Time, cancellationToken).ConfigureAwait(false);
        }

        var outerScope = context.Scope;
        var stepScope = outerScope.Enter(step.StepVariables);
        context = context with { Scope = stepScope };
        var prepared = step is ActionStep action ? PrepareCommands(context, action) : null;
        var started = _engine.Time.GetUtcNow();
        var startTimestamp = _engine.Time.GetTimestamp();
        var agentNote = step is ActionStep { Agent: { } other } && !IsIdentifier(other) ? $"executed by agent {other}" : null;
        var invocation = new StepInvocation(_executionId, step.Type ?? "", context.BranchPath, context.Iteration,
            new ExecutionStatusRecord
            {
                Id = context.StatusRecordId,
                WorkflowId = context.PlaybookId,
                WorkflowStep = context.StepId,
                StartTime = TruncateToMilliseconds(started),
                Status = ExecutionStatus.Ongoing,
                ExecutedBy = step is ActionStep { Agent: { } agent } && IsIdentifier(agent) ? agent : null,
                // executed_by is an identifier (type--uuid); agent keys that are not go to notes instead.
                Notes = interrupted is null ? agentNote : RerunNotes(interrupted.Record.Notes ?? agentNote),
                CommandB64 = prepared?.CommandB64 ?? PlaybookCall(step),
                AutomatedExecution = prepared?.IsAutomated ?? true,
            })
        {
            Key = context.Key,
        };
        _active[context.StatusRecordId] = invocation;
        await _observer.OnStepChangedAsync(invocation, CancellationToken.None).ConfigureAwait(false);

        var timeout = step.Timeout is { } declared
            ? TimeSpan.FromMilliseconds(declared)
            : step is ActionStep ? _engine.Options.DefaultStepTimeout : Timeout.InfiniteTimeSpan;
        using var timeoutSource = new CancellationTokenSource(timeout, _engine.Time);
        using var stepToken = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeoutSource.Token);
        StepOutcome outcome;
        try
        {
            outcome = await DispatchAsync(context, prepared, stepToken.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeoutSource.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // Spec 4.1: ACTION_TIMEOUT, naming the step that timed out; routed like any failure (on_failure).
            outcome = StepOutcome.Failure(ExecutionStatus.TimeoutError,
                $"ACTION_TIMEOUT: step {context.StepId} did not finish within {timeout.TotalMilliseconds} ms.");
        }
        catch (OperationCanceledException) when (!_shutdown.IsCancellationRequested)
        {
            await FinishAsync(context, invocation, startTimestamp,
                StepOutcome.Failure(ExecutionStatus.Failed, _cancellation.IsCancellationRequested
                    ? "The execution was cancelled."
                    : "An enclosing step timed out.")).ConfigureAwait(false);
            throw;
        }
        finally
        {
            outerScope.Adopt(stepScope);
        }

        await FinishAsync(context, invocation, startTimestamp, outcome).ConfigureAwait(false);
        return outcome;
    }

    private async Task FinishAsync(StepContext context, StepInvocation invocation, long startTimestamp, StepOutcome outcome)
    {
        var elapsed = _engine.Time.GetElapsedTime(startTimestamp);
        var final = invocation with
        {
            Record = invocation.Record with
            {
                Status = outcome.Status,
                StatusText = outcome.Text,
                Duration = Math.Max(0, (long)elapsed.TotalMilliseconds),
            },
            Outputs = outcome.Outputs,
        };
        _active.TryRemove(context.StatusRecordId, out _);
        await _observer.OnStepChangedAsync(final, CancellationToken.None).ConfigureAwait(false);
    }

    private Task<StepOutcome> DispatchAsync(StepContext context, PreparedAction? prepared, CancellationToken cancellationToken) =>
        context.Step switch
        {
            StartStep => Task.FromResult(StepOutcome.Success()),
            EndStep => Task.FromResult(StepOutcome.Success()),
            ActionStep action when prepared is not null => RunActionAsync(context, action, prepared, cancellationToken),
            IfConditionStep ifStep => RunIfAsync(context, ifStep, cancellationToken),
            WhileConditionStep whileStep => RunWhileAsync(context, whileStep, cancellationToken),
            SwitchConditionStep switchStep => RunSwitchAsync(context, switchStep, cancellationToken),
            ParallelStep parallel => RunParallelAsync(context, parallel, cancellationToken),
            PlaybookActionStep playbookAction => RunPlaybookActionAsync(context, playbookAction, cancellationToken),
            _ => Task.FromResult(StepOutcome.Failure(ExecutionStatus.ClientSideError,
                $"The step type '{context.Step.Type}' cannot be executed.")),
        };

    /// <summary>A playbook-action's "command" for its record: the call of the child playbook, by id and version.</summary>
    private static System.Collections.Immutable.ImmutableArray<string> PlaybookCall(WorkflowStep step) =>
        step is PlaybookActionStep call
            ? [Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(
                $"playbook-action {call.PlaybookId}{(call.PlaybookVersion is { } version ? " " + version : "")}"))]
            : [];

    private static bool IsIdentifier(string id) =>
        id.IndexOf("--", StringComparison.Ordinal) is > 0 and var separator && Guid.TryParse(id[(separator + 2)..], out _);

    private static DateTimeOffset TruncateToMilliseconds(DateTimeOffset time) =>
        new(time.Ticks - (time.Ticks % TimeSpan.TicksPerMillisecond), time.Offset);
}
