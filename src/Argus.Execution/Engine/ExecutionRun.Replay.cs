using System.Globalization;
using Argus.Cacao.Model.Workflow;
using Argus.Execution.Status;

namespace Argus.Execution.Engine;

internal sealed partial class ExecutionRun
{
    /// <summary>
    /// Replays an invocation an earlier attempt finished: no capability runs and no delay is waited for. Its outputs
    /// go back into scope exactly as the original wrote them (through the step's own scope, so step_variables hide
    /// them the same way) and its stored outcome routes. If, while, switch and parallel steps are evaluated again
    /// instead, because the variables their sub-branches wrote (and the parallel join) exist only by running them;
    /// their sub-branches replay in turn. Nothing is reported: the earlier attempt stored it all (unless a flow-control
    /// step now ends otherwise, which only happens when some of its sub-branch's records were not stored).
    /// </summary>
    private async Task<StepOutcome> ReplayAsync(StepContext context, StepInvocation prior, CancellationToken cancellationToken)
    {
        var outerScope = context.Scope;
        var stepScope = outerScope.Enter(context.Step.StepVariables);
        context = context with { Scope = stepScope, StatusRecordId = prior.Record.Id };
        try
        {
            if (context.Step is IfConditionStep or WhileConditionStep or SwitchConditionStep or ParallelStep)
            {
                var outcome = await DispatchAsync(context, null, cancellationToken).ConfigureAwait(false);
                if (outcome.Status != prior.Record.Status || outcome.Text != prior.Record.StatusText)
                {
                    var changed = prior with { Record = prior.Record with { Status = outcome.Status, StatusText = outcome.Text } };
                    await _observer.OnStepChangedAsync(changed, CancellationToken.None).ConfigureAwait(false);
                }

                return outcome;
            }

            foreach (var (name, value) in prior.Outputs)
            {
                // The original write succeeded, so the variable is no constant and this one succeeds too.
                stepScope.Set(name, value);
            }

            return new StepOutcome(prior.Record.Status, prior.Record.StatusText) { Outputs = prior.Outputs };
        }
        finally
        {
            outerScope.Adopt(stepScope);
        }
    }

    /// <summary>The notes of an invocation run again after an interruption: its earlier notes and why it runs again.</summary>
    private string RerunNotes(string? earlierNotes)
    {
        var sentence = string.Create(CultureInfo.InvariantCulture,
            $"Run again after an interruption (attempt {_request.Attempt}); the earlier run of this step did not finish.");
        return string.IsNullOrEmpty(earlierNotes) ? sentence : earlierNotes + " " + sentence;
    }
}
