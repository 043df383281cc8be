using System.Collections.Immutable;
using Argus.Cacao.Model;
using Argus.Cacao.Model.Workflow;

namespace Argus.Execution.Engine;

internal sealed partial class ExecutionRun
{
    /// <summary>
    /// Runs one action step on its own: one invocation at the top level (key <c>step-id#1</c>, so a resumed step
    /// execution replays like any other), its pointers ignored. Completed when the step succeeds, else failed.
    /// </summary>
    public Task<ExecutionResult> RunStepAloneAsync(Playbook playbook, string stepId, ImmutableDictionary<string, string> variables)
    {
        var refusal = _engine.ValidityRefusal(playbook);
        ActionStep? action = null;
        if (refusal is null)
        {
            var step = playbook.Workflow?.TryGetValue(stepId, out var found) == true ? found : null;
            action = step as ActionStep;
            refusal = step switch
            {
                null => $"The playbook has no step {stepId}.",
                ActionStep => null,
                _ => $"Step {stepId} is a {step.Type} step; only action steps run on their own.",
            };
        }

        return RunAsync(playbook, variables, refusal, async (scope, token) =>
        {
            // Not refused, so the step exists and is an action step.
            var step = action ?? throw new InvalidOperationException("A refused step must not run.");
            var context = new StepContext(playbook, 0, stepId, step, "/", null, scope, NewRecordId(), BranchKeys.Root().Next(stepId));
            var outcome = await RunStepAsync(context, token).ConfigureAwait(false);
            return outcome.IsSuccess ? BranchResult.Completed : StepFailed(stepId, outcome);
        });
    }
}
