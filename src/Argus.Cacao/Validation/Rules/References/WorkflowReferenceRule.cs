using Argus.Cacao.Validation.Rules.Graph;

namespace Argus.Cacao.Validation.Rules.References;

/// <summary>
/// <c>workflow_start</c>, <c>workflow_exception</c> and every step pointer must name a step of the same workflow,
/// and <c>workflow_start</c> must name a start step (spec 3.1 and 4; spec-notes §2.3).
/// </summary>
internal sealed class WorkflowReferenceRule : IValidationRule
{
    public void Check(ValidationContext context)
    {
        if (context.Workflow is not { } document)
        {
            return;
        }

        var graph = document.Graph;
        if (document.Start is { Id: { } start } startPoint)
        {
            if (startPoint.Step < 0)
            {
                context.Error("/workflow_start", ReferenceCodes.Unresolved,
                    $"workflow_start '{start}' names no step of the workflow.");
            }
            else if (graph.Nodes[startPoint.Step] is { IsStart: false } node)
            {
                context.Error("/workflow_start", ReferenceCodes.StartNotStartStep,
                    $"workflow_start '{start}' names a step of type '{node.Type}'; it must name a start step.");
            }
        }

        if (document.Exception is { Id: { } exception, Step: < 0 })
        {
            context.Error("/workflow_exception", ReferenceCodes.Unresolved,
                $"workflow_exception '{exception}' names no step of the workflow.");
        }

        foreach (var dangling in graph.DanglingEdges())
        {
            context.Error(WorkflowDocument.EdgePath(dangling.StepId, dangling.Edge), ReferenceCodes.Unresolved,
                $"{dangling.Edge.PropertyName} of step '{dangling.StepId}' names '{dangling.Edge.Target}', which is no step of the workflow.");
        }
    }
}
