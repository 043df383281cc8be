namespace Argus.Cacao.Validation.Rules.Graph;

/// <summary>
/// Every step should be reachable from <c>workflow_start</c> or <c>workflow_exception</c>; an unreachable step is
/// dead weight but harmless, hence a warning. Skipped when <c>workflow_start</c> names no step, which is already an
/// error and would make every step look unreachable.
/// </summary>
internal sealed class ReachabilityRule : IValidationRule
{
    public void Check(ValidationContext context)
    {
        if (context.Workflow is not { } document
            || !WorkflowDocument.TryGetString(context.Root, "workflow_start", out var start)
            || !document.Graph.Contains(start))
        {
            return;
        }

        var roots = new List<string> { start };
        if (WorkflowDocument.TryGetString(context.Root, "workflow_exception", out var exception))
        {
            roots.Add(exception);
        }

        foreach (var step in document.Graph.Unreachable(roots))
        {
            context.Warning(WorkflowDocument.StepPath(step), GraphCodes.StepUnreachable,
                $"Step '{step}' is reachable from neither workflow_start nor workflow_exception.");
        }
    }
}
