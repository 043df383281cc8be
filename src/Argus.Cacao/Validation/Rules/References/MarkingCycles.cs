using System.Text.Json;
using Argus.Cacao.Graph;
using Argus.Cacao.Json;
using Argus.Cacao.Validation.Rules.Graph;

namespace Argus.Cacao.Validation.Rules.References;

/// <summary>
/// Finds data markings that mark each other in a circle (spec 9: markings may themselves be marked, with no
/// circular references). Reported once per marking that lies on a cycle.
/// </summary>
internal static class MarkingCycles
{
    public static void Report(ValidationContext context, JsonElement root)
    {
        // Markings marking markings form a graph of their own; its strongly connected components are the cycles.
        var nodes = new List<WorkflowNode>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, definition, _) in DefinitionReferenceRule.Definitions(root, "data_marking_definitions"))
        {
            if (!seen.Add(key))
            {
                continue;
            }

            var edges = WorkflowDocument.TryGetArray(definition, "markings", out var list)
                ? list.EnumerateArray().Where(m => m.ValueKind == JsonValueKind.String)
                    .Select(m => new WorkflowEdge(WorkflowEdgeKind.OnCompletion, m.GetString()!))
                : [];
            nodes.Add(new WorkflowNode(key, "marking", [.. edges]));
        }

        foreach (var marking in new WorkflowGraph(nodes).Cycles().SelectMany(c => c.Steps))
        {
            context.Error(JsonPointer.Append(JsonPointer.Append("/data_marking_definitions", marking), "markings"),
                ReferenceCodes.MarkingCycle, $"Data marking '{marking}' is marked, directly or through others, by itself.");
        }
    }
}
