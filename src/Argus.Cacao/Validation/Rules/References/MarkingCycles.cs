using System.Text.Json;
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
        var edges = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (key, definition, _) in DefinitionReferenceRule.Definitions(root, "data_marking_definitions"))
        {
            var targets = new List<string>();
            if (WorkflowDocument.TryGetArray(definition, "markings", out var list))
            {
                targets.AddRange(list.EnumerateArray().Where(m => m.ValueKind == JsonValueKind.String).Select(m => m.GetString()!));
            }

            edges.TryAdd(key, targets);
        }

        foreach (var start in edges.Keys)
        {
            if (ReachesItself(start, edges))
            {
                context.Error(JsonPointer.Append(JsonPointer.Append("/data_marking_definitions", start), "markings"),
                    ReferenceCodes.MarkingCycle, $"Data marking '{start}' is marked, directly or through others, by itself.");
            }
        }
    }

    private static bool ReachesItself(string start, Dictionary<string, List<string>> edges)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(edges[start]);
        while (pending.TryPop(out var current))
        {
            if (current == start)
            {
                return true;
            }

            if (seen.Add(current) && edges.TryGetValue(current, out var next))
            {
                foreach (var target in next)
                {
                    pending.Push(target);
                }
            }
        }

        return false;
    }
}
