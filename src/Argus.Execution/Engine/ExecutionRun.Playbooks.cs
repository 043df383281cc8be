using Argus.Cacao.Model.Workflow;
using Argus.Execution.Status;
using Argus.Execution.Variables;

namespace Argus.Execution.Engine;

internal sealed partial class ExecutionRun
{
    /// <summary>
    /// Runs the referenced playbook with its own variables (spec 4.5). Each name in in_args passes the caller's value
    /// to the child when the child declares it <c>external: true</c> or does not declare it; a child variable that is
    /// declared but not external keeps its own value (SOARCA's collision rule). When the child completes, the
    /// variables named in out_args are copied back. The child's steps report with the child's id as workflow_id.
    /// </summary>
    private async Task<StepOutcome> RunPlaybookActionAsync(
        StepContext context, PlaybookActionStep step, CancellationToken cancellationToken)
    {
        if (context.PlaybookDepth + 1 > _engine.Options.MaxPlaybookDepth)
        {
            return StepOutcome.Failure(ExecutionStatus.ExceptionConditionError,
                $"Playbook actions nest deeper than {_engine.Options.MaxPlaybookDepth} levels.");
        }

        if (step.PlaybookId is not { } playbookId)
        {
            return StepOutcome.Failure(ExecutionStatus.ClientSideError, "The step names no playbook_id.");
        }

        var child = await _engine.Playbooks.ResolveAsync(playbookId, step.PlaybookVersion, cancellationToken).ConfigureAwait(false);
        if (child is null)
        {
            return StepOutcome.Failure(ExecutionStatus.ClientSideError,
                $"The playbook {playbookId}{(step.PlaybookVersion is { } v ? " version " + v : "")} cannot be found.");
        }

        if (_engine.RefusalReason(child) is { } refusal)
        {
            return StepOutcome.Failure(ExecutionStatus.ClientSideError, $"The playbook {playbookId} cannot run: {refusal}");
        }

        var childScope = VariableScope.ForPlaybook(child.PlaybookVariables);
        foreach (var name in step.InArgs ?? [])
        {
            var declared = child.PlaybookVariables?.TryGetValue(name, out var variable) == true ? variable : null;
            if ((declared is null || declared.External == true) && context.Scope.GetText(name) is { } value)
            {
                childScope.Initialize(name, value);
            }
        }

        var result = await RunPlaybookAsync(child, context.PlaybookDepth + 1, childScope, context.ChildPath(), context.ChildKeys(),
                cancellationToken)
            .ConfigureAwait(false);
        if (!result.IsCompleted)
        {
            return StepOutcome.Failure(ExecutionStatus.Failed, $"The playbook {playbookId} failed at {result.FailedStepId}: {result.Reason}");
        }

        var returned = (step.OutArgs ?? [])
            .Select(name => (Name: name, Value: childScope.GetText(name)))
            .Where(p => p.Value is not null)
            .ToDictionary(p => p.Name, p => p.Value ?? "", StringComparer.Ordinal);
        return CopyOutArgs(context.Scope, step.OutArgs, returned, StepOutcome.Success($"playbook {playbookId} completed"));
    }
}
