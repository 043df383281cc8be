using System.Collections.Immutable;
using System.Text.Json;

namespace Argus.Cacao.Graph;

public sealed partial class WorkflowGraph
{
    /// <summary>Reads the graph of a playbook's <c>workflow</c> dictionary.</summary>
    /// <param name="workflow">The value of the playbook's <c>workflow</c> property.</param>
    /// <returns>The graph; empty when <paramref name="workflow"/> is not a JSON object.</returns>
    /// <remarks>
    /// Tolerates malformed input, which the validator reports elsewhere: a step that is not an object becomes a
    /// node without type or edges, a pointer that is not a string is ignored, a repeated step key keeps its first
    /// value. Pointers are read only where the step type allows them (a stray <c>on_true</c> on an action step is
    /// not an edge); steps of an unknown type keep every pointer.
    /// </remarks>
    public static WorkflowGraph FromJson(JsonElement workflow)
    {
        if (workflow.ValueKind != JsonValueKind.Object)
        {
            return Empty;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var nodes = new List<WorkflowNode>();
        foreach (var step in workflow.EnumerateObject())
        {
            var id = step.Name;
            if (seen.Add(id))
            {
                nodes.Add(ReadNode(id, step.Value));
            }
        }

        return new WorkflowGraph(nodes);
    }

    private static WorkflowNode ReadNode(string id, JsonElement step)
    {
        if (step.ValueKind != JsonValueKind.Object)
        {
            return new WorkflowNode(id, string.Empty, []);
        }

        var type = step.TryGetProperty("type", out var typeElement) && typeElement.ValueKind == JsonValueKind.String
            ? typeElement.GetString() ?? string.Empty
            : string.Empty;
        var edges = ImmutableArray.CreateBuilder<WorkflowEdge>();
        AddPointer(step, type, "on_completion", WorkflowEdgeKind.OnCompletion, edges);
        AddPointer(step, type, "on_success", WorkflowEdgeKind.OnSuccess, edges);
        AddPointer(step, type, "on_failure", WorkflowEdgeKind.OnFailure, edges);
        AddPointer(step, type, "on_true", WorkflowEdgeKind.OnTrue, edges);
        AddPointer(step, type, "on_false", WorkflowEdgeKind.OnFalse, edges);
        if (WorkflowStepTypes.Allows(type, WorkflowEdgeKind.NextStep)
            && step.TryGetProperty("next_steps", out var nextSteps) && nextSteps.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var entry in nextSteps.EnumerateArray())
            {
                if (entry.ValueKind == JsonValueKind.String)
                {
                    edges.Add(WorkflowEdge.NextStep(index, entry.GetString()!));
                }

                index++;
            }
        }

        if (WorkflowStepTypes.Allows(type, WorkflowEdgeKind.Case)
            && step.TryGetProperty("cases", out var cases) && cases.ValueKind == JsonValueKind.Object)
        {
            foreach (var entry in cases.EnumerateObject())
            {
                if (entry.Value.ValueKind == JsonValueKind.String)
                {
                    edges.Add(WorkflowEdge.Case(entry.Name, entry.Value.GetString()!));
                }
            }
        }

        return new WorkflowNode(id, type, edges.ToImmutable());
    }

    private static void AddPointer(JsonElement step, string type, string property, WorkflowEdgeKind kind,
        ImmutableArray<WorkflowEdge>.Builder edges)
    {
        if (WorkflowStepTypes.Allows(type, kind)
            && step.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String)
        {
            edges.Add(new WorkflowEdge(kind, value.GetString()!));
        }
    }
}
