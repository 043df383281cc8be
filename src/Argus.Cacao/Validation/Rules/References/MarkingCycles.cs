using System.Collections.Immutable;
using System.Text.Json;
using Argus.Cacao.Graph;
using Argus.Cacao.Json;
using Argus.Cacao.Validation.Reading;

namespace Argus.Cacao.Validation.Rules.References;

/// <summary>
/// Finds data markings that mark each other in a circle (spec 9: markings may themselves be marked, with no
/// circular references). Reported once per marking that lies on a cycle.
/// </summary>
internal static class MarkingCycles
{
    public static void Report(ValidationContext context)
    {
        // Without a single marked marking there is no cycle: the usual case, answered before building a graph.
        var definitions = context.Reading.Definitions(PlaybookMember.DataMarkingDefinitions);
        if (!definitions.Any(MarksAny))
        {
            return;
        }

        // Markings marking markings form a graph of their own; its strongly connected components are the cycles.
        var nodes = new List<WorkflowNode>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            if (!seen.Add(definition.Key))
            {
                continue;
            }

            var edges = ImmutableArray.CreateBuilder<WorkflowEdge>();
            if (definition.TryGetArray(DefinitionMember.Markings, out var list))
            {
                foreach (var marking in list.EnumerateArray())
                {
                    if (marking.ValueKind == JsonValueKind.String)
                    {
                        edges.Add(new WorkflowEdge(WorkflowEdgeKind.OnCompletion, marking.GetString()!));
                    }
                }
            }

            nodes.Add(new WorkflowNode(definition.Key, "marking", edges.ToImmutable()));
        }

        foreach (var cycle in new WorkflowGraph(nodes).Cycles())
        {
            foreach (var marking in cycle.Steps)
            {
                context.Error(JsonPointer.Append(JsonPointer.Append("/data_marking_definitions", marking), "markings"),
                    ReferenceCodes.MarkingCycle, $"Data marking '{marking}' is marked, directly or through others, by itself.");
            }
        }
    }

    // Whether a marking definition lists a marking by identifier: only such a definition adds a pointer to the graph.
    private static bool MarksAny(ObjectView definition)
    {
        if (!definition.TryGetArray(DefinitionMember.Markings, out var list))
        {
            return false;
        }

        foreach (var marking in list.EnumerateArray())
        {
            if (marking.ValueKind == JsonValueKind.String)
            {
                return true;
            }
        }

        return false;
    }
}
