using Argus.Cacao.Graph;

namespace Argus.Cacao.Validation.Rules.Graph;

/// <summary>
/// Every workflow must contain at least a start step, an action or playbook-action step, and an end step
/// (spec 3.1, <c>workflow</c>).
/// </summary>
internal sealed class WorkflowCompositionRule : IValidationRule
{
    public void Check(ValidationContext context)
    {
        if (context.Workflow is not { } document)
        {
            return;
        }

        bool hasStart = false, hasAction = false, hasEnd = false;
        foreach (var node in document.Graph.Nodes)
        {
            hasStart |= node.IsStart;
            hasAction |= node.Type is WorkflowStepTypes.Action or WorkflowStepTypes.PlaybookAction;
            hasEnd |= node.IsEnd;
        }

        if (!hasStart)
        {
            context.Error(WorkflowDocument.WorkflowPath, GraphCodes.MissingStart, "The workflow has no start step.");
        }

        if (!hasAction)
        {
            context.Error(WorkflowDocument.WorkflowPath, GraphCodes.MissingAction,
                "The workflow has no action or playbook-action step.");
        }

        if (!hasEnd)
        {
            context.Error(WorkflowDocument.WorkflowPath, GraphCodes.MissingEnd, "The workflow has no end step.");
        }
    }
}
