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
        if (context.Workflow is not { } document)
        {
            return;
        }

        var startStep = document.Start.Step;
        if (startStep < 0)
        {
            return;
        }

        foreach (var step in document.Graph.Unreachable([startStep, document.Exception.Step]))
        {
            context.Warning(WorkflowDocument.StepPath(step), GraphCodes.StepUnreachable,
                $"Step '{step}' is reachable from neither workflow_start nor workflow_exception.");
        }
    }
}
