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

        var nodes = document.Graph.Nodes;
        if (!nodes.Any(n => n.IsStart))
        {
            context.Error(WorkflowDocument.WorkflowPath, GraphCodes.MissingStart, "The workflow has no start step.");
        }

        if (!nodes.Any(n => n.Type is WorkflowStepTypes.Action or WorkflowStepTypes.PlaybookAction))
        {
            context.Error(WorkflowDocument.WorkflowPath, GraphCodes.MissingAction,
                "The workflow has no action or playbook-action step.");
        }

        if (!nodes.Any(n => n.IsEnd))
        {
            context.Error(WorkflowDocument.WorkflowPath, GraphCodes.MissingEnd, "The workflow has no end step.");
        }
    }
}
