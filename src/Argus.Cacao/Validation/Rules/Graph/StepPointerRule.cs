using Argus.Cacao.Graph;

namespace Argus.Cacao.Validation.Rules.Graph;

/// <summary>
/// Which pointers each step may use (spec 4.1 to 4.10; the CS01 schema fails to enforce them, spec-notes §3.3):
/// on_completion excludes on_success/on_failure; a start step uses only on_completion; an end step none; branch
/// pointers only on the step types that own them; every other step at least one; a parallel step two branches.
/// </summary>
/// <remarks>
/// Reads the pointer properties the graph reader recorded for each step (<see cref="WorkflowStepJson"/>) instead of
/// looking each one up in the step's JSON again.
/// </remarks>
internal sealed class StepPointerRule : IValidationRule
{
    // By WorkflowEdgeKind, which is also the order the checks report in.
    private static readonly string[] PropertyNames =
        ["on_completion", "on_success", "on_failure", "on_true", "on_false", "next_steps", "cases"];

    public void Check(ValidationContext context)
    {
        if (context.Workflow is not { } document)
        {
            return;
        }

        var nodes = document.Graph.Nodes;
        for (var i = 0; i < nodes.Length; i++)
        {
            // An unknown or missing type is the structure rules' finding; a step that is not an object has neither.
            if (WorkflowStepTypes.IsKnown(nodes[i].Type))
            {
                CheckStep(context, nodes[i], document.StepJson(i));
            }
        }
    }

    private static void CheckStep(ValidationContext context, WorkflowNode node, WorkflowStepJson step)
    {
        var (id, type, present) = (node.Id, node.Type, step.Present);
        var path = WorkflowDocument.StepPath(id);
        var forbidden = present & ~WorkflowStepTypes.AllowedPointers(type);
        for (var kind = 0; forbidden != PointerProperties.None && kind < PropertyNames.Length; kind++)
        {
            if ((forbidden & (PointerProperties)(1 << kind)) != 0)
            {
                context.Error(path.Append(PropertyNames[kind]), GraphCodes.PointerForbidden,
                    $"A {type} step must not use {PropertyNames[kind]} (step '{id}').");
            }
        }

        if ((present & PointerProperties.OnCompletion) != 0
            && (present & (PointerProperties.OnSuccess | PointerProperties.OnFailure)) != 0
            && type is not (WorkflowStepTypes.Start or WorkflowStepTypes.End))
        {
            context.Error(path.Append("on_completion"), GraphCodes.PointerExclusive,
                $"Step '{id}' uses on_completion together with on_success or on_failure; use one or the other.");
        }

        // A pointer of the wrong JSON type still shows intent; the structure rules report its type, not this rule.
        if (!node.IsEnd && node.Edges.Length == 0 && present == PointerProperties.None)
        {
            context.Error(path, GraphCodes.PointerMissing,
                $"The {type} step '{id}' has no outgoing step pointer; only an end step may finish a path.");
        }

        if (type == WorkflowStepTypes.Parallel && step.NextStepsLength is >= 0 and < 2)
        {
            context.Error(path.Append("next_steps"), GraphCodes.ParallelTooFewBranches,
                $"Parallel step '{id}' has {step.NextStepsLength} next_steps; a parallel step needs at least two.");
        }
    }
}
