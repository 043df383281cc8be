using System.Text.Json;
using Argus.Cacao.Graph;
using Argus.Cacao.Json;

namespace Argus.Cacao.Validation.Rules.Graph;

/// <summary>
/// Which pointers each step may use (spec 4.1 to 4.10; the CS01 schema fails to enforce them, spec-notes §3.3):
/// on_completion excludes on_success/on_failure; a start step uses only on_completion; an end step none; branch
/// pointers only on the step types that own them; every other step at least one; a parallel step two branches.
/// </summary>
internal sealed class StepPointerRule : IValidationRule
{
    private static readonly (string Property, WorkflowEdgeKind Kind)[] Pointers =
    [
        ("on_completion", WorkflowEdgeKind.OnCompletion),
        ("on_success", WorkflowEdgeKind.OnSuccess),
        ("on_failure", WorkflowEdgeKind.OnFailure),
        ("on_true", WorkflowEdgeKind.OnTrue),
        ("on_false", WorkflowEdgeKind.OnFalse),
        ("next_steps", WorkflowEdgeKind.NextStep),
        ("cases", WorkflowEdgeKind.Case),
    ];

    public void Check(ValidationContext context)
    {
        if (context.Workflow is not { } document)
        {
            return;
        }

        foreach (var (id, step) in document.Steps())
        {
            if (document.Graph.Find(id) is not { } node || !WorkflowStepTypes.IsKnown(node.Type))
            {
                continue; // an unknown or missing type is the structure rules' finding
            }

            CheckStep(context, id, step, node);
        }
    }

    private static void CheckStep(ValidationContext context, string id, JsonElement step, WorkflowNode node)
    {
        var path = WorkflowDocument.StepPath(id);
        foreach (var (property, kind) in Pointers)
        {
            if (step.TryGetProperty(property, out _) && !WorkflowStepTypes.Allows(node.Type, kind))
            {
                context.Error(path.Append(property), GraphCodes.PointerForbidden,
                    $"A {node.Type} step must not use {property} (step '{id}').");
            }
        }

        if (step.TryGetProperty("on_completion", out _)
            && (step.TryGetProperty("on_success", out _) || step.TryGetProperty("on_failure", out _))
            && node.Type is not (WorkflowStepTypes.Start or WorkflowStepTypes.End))
        {
            context.Error(path.Append("on_completion"), GraphCodes.PointerExclusive,
                $"Step '{id}' uses on_completion together with on_success or on_failure; use one or the other.");
        }

        if (!node.IsEnd && node.Edges.Length == 0 && !HasAnyPointerProperty(step))
        {
            context.Error(path, GraphCodes.PointerMissing,
                $"The {node.Type} step '{id}' has no outgoing step pointer; only an end step may finish a path.");
        }

        if (node.Type == WorkflowStepTypes.Parallel
            && WorkflowDocument.TryGetArray(step, "next_steps", out var nextSteps) && nextSteps.GetArrayLength() < 2)
        {
            context.Error(path.Append("next_steps"), GraphCodes.ParallelTooFewBranches,
                $"Parallel step '{id}' has {nextSteps.GetArrayLength()} next_steps; a parallel step needs at least two.");
        }
    }

    // A pointer of the wrong JSON type still shows intent; the structure rules report its type, not this rule.
    private static bool HasAnyPointerProperty(JsonElement step) => Pointers.Any(p => step.TryGetProperty(p.Property, out _));
}
