using System.Text.Json;

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

        var graph = document.Graph;
        var (start, exception) = document.EntryPoints;
        var startStep = start.ValueKind == JsonValueKind.String ? graph.IndexOf(start.GetString()) : -1;
        if (startStep < 0)
        {
            return;
        }

        var exceptionStep = exception.ValueKind == JsonValueKind.String ? graph.IndexOf(exception.GetString()) : -1;
        foreach (var step in graph.Unreachable([startStep, exceptionStep]))
        {
            context.Warning(WorkflowDocument.StepPath(step), GraphCodes.StepUnreachable,
                $"Step '{step}' is reachable from neither workflow_start nor workflow_exception.");
        }
    }
}
