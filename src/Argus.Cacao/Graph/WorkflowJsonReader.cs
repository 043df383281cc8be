using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace Argus.Cacao.Graph;

/// <summary>
/// Reads a <c>workflow</c> object into a <see cref="WorkflowGraph"/> in one pass over each step's members, comparing
/// raw UTF-8 names: <see cref="JsonElement.TryGetProperty(string, out JsonElement)"/> would transcode the name and
/// scan the step once per pointer property.
/// </summary>
/// <remarks>
/// Reads what <see cref="JsonElement.TryGetProperty(string, out JsonElement)"/> would: of a repeated member the last
/// one counts, and escaped names match their unescaped text.
/// </remarks>
internal static class WorkflowJsonReader
{
    // Property codes: the pointer kinds are 0 to 6 (WorkflowEdgeKind), then type.
    private const int TypeCode = 7;
    private const int CodeCount = 8;
    private const int OtherCode = -1;

    /// <summary>Reads the graph and, when <paramref name="steps"/> is given, each node's JSON alongside it.</summary>
    /// <param name="workflow">The value of the playbook's <c>workflow</c> property.</param>
    /// <param name="steps">Receives one entry per node, in node order; null when the caller needs none.</param>
    /// <returns>The graph; empty when <paramref name="workflow"/> is not a JSON object.</returns>
    public static WorkflowGraph Read(JsonElement workflow, List<WorkflowStepJson>? steps)
    {
        if (workflow.ValueKind != JsonValueKind.Object)
        {
            return WorkflowGraph.Empty;
        }

        var indexById = new Dictionary<string, int>(StringComparer.Ordinal);
        var nodes = new List<WorkflowNode>();
        var edges = new List<WorkflowEdge>();
        foreach (var step in workflow.EnumerateObject())
        {
            var id = step.Name;
            if (!indexById.TryAdd(id, nodes.Count))
            {
                continue; // a repeated step key keeps its first value
            }

            var value = step.Value;
            if (value.ValueKind != JsonValueKind.Object)
            {
                nodes.Add(new WorkflowNode(id, string.Empty, []));
                steps?.Add(new WorkflowStepJson(value, PointerProperties.None, -1));
                continue;
            }

            edges.Clear();
            var (type, present, nextStepsLength) = ReadStep(value, edges);
            nodes.Add(new WorkflowNode(id, type, ImmutableArray.Create(CollectionsMarshal.AsSpan(edges))));
            steps?.Add(new WorkflowStepJson(value, present, nextStepsLength));
        }

        return new WorkflowGraph([.. nodes], indexById);
    }

    private static (string Type, PointerProperties Present, int NextStepsLength) ReadStep(JsonElement step,
        List<WorkflowEdge> edges)
    {
        var members = new MemberValues();
        var present = PointerProperties.None;
        var typeSeen = false;
        foreach (var member in step.EnumerateObject())
        {
            var code = Classify(member);
            if (code == OtherCode)
            {
                continue;
            }

            members[code] = member.Value;
            if (code == TypeCode)
            {
                typeSeen = true;
            }
            else
            {
                present |= (PointerProperties)(1 << code);
            }
        }

        var type = typeSeen && members[TypeCode].ValueKind == JsonValueKind.String
            ? members[TypeCode].GetString() ?? string.Empty
            : string.Empty;
        var allowed = WorkflowStepTypes.AllowedPointers(type) & present;
        for (var kind = WorkflowEdgeKind.OnCompletion; kind <= WorkflowEdgeKind.OnFalse; kind++)
        {
            if (Has(allowed, kind) && members[(int)kind].ValueKind == JsonValueKind.String)
            {
                edges.Add(new WorkflowEdge(kind, members[(int)kind].GetString()!));
            }
        }

        var nextSteps = members[(int)WorkflowEdgeKind.NextStep];
        var nextStepsLength = -1;
        if (Has(present, WorkflowEdgeKind.NextStep) && nextSteps.ValueKind == JsonValueKind.Array)
        {
            nextStepsLength = nextSteps.GetArrayLength();
            if (Has(allowed, WorkflowEdgeKind.NextStep))
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
        }

        var cases = members[(int)WorkflowEdgeKind.Case];
        if (Has(allowed, WorkflowEdgeKind.Case) && cases.ValueKind == JsonValueKind.Object)
        {
            foreach (var entry in cases.EnumerateObject())
            {
                if (entry.Value.ValueKind == JsonValueKind.String)
                {
                    edges.Add(WorkflowEdge.Case(entry.Name, entry.Value.GetString()!));
                }
            }
        }

        return (type, present, nextStepsLength);
    }

    private static bool Has(PointerProperties set, WorkflowEdgeKind kind) => (set & (PointerProperties)(1 << (int)kind)) != 0;

    private static int Classify(JsonProperty member)
    {
        var raw = JsonMarshal.GetRawUtf8PropertyName(member);
        return raw.Contains((byte)'\\') ? ClassifyEscaped(member) : Classify(raw);
    }

    // An escaped name (rare) is unescaped by the same comparison TryGetProperty uses.
    private static int ClassifyEscaped(JsonProperty member)
    {
        for (var code = 0; code < CodeCount; code++)
        {
            if (member.NameEquals(Name(code)))
            {
                return code;
            }
        }

        return OtherCode;
    }

    private static ReadOnlySpan<byte> Name(int code) => code switch
    {
        (int)WorkflowEdgeKind.OnCompletion => "on_completion"u8,
        (int)WorkflowEdgeKind.OnSuccess => "on_success"u8,
        (int)WorkflowEdgeKind.OnFailure => "on_failure"u8,
        (int)WorkflowEdgeKind.OnTrue => "on_true"u8,
        (int)WorkflowEdgeKind.OnFalse => "on_false"u8,
        (int)WorkflowEdgeKind.NextStep => "next_steps"u8,
        (int)WorkflowEdgeKind.Case => "cases"u8,
        _ => "type"u8,
    };

    private static int Classify(ReadOnlySpan<byte> name) => name.Length switch
    {
        4 when name.SequenceEqual("type"u8) => TypeCode,
        5 when name.SequenceEqual("cases"u8) => (int)WorkflowEdgeKind.Case,
        7 when name.SequenceEqual("on_true"u8) => (int)WorkflowEdgeKind.OnTrue,
        8 when name.SequenceEqual("on_false"u8) => (int)WorkflowEdgeKind.OnFalse,
        10 when name.SequenceEqual("on_success"u8) => (int)WorkflowEdgeKind.OnSuccess,
        10 when name.SequenceEqual("on_failure"u8) => (int)WorkflowEdgeKind.OnFailure,
        10 when name.SequenceEqual("next_steps"u8) => (int)WorkflowEdgeKind.NextStep,
        13 when name.SequenceEqual("on_completion"u8) => (int)WorkflowEdgeKind.OnCompletion,
        _ => OtherCode,
    };

    // The last value of each property of interest, indexed by property code.
    [InlineArray(CodeCount)]
    private struct MemberValues
    {
        private JsonElement _first;
    }
}
