using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Argus.Cacao.Json;
using Argus.Cacao.Json.Tape;

namespace Argus.Cacao.Graph;

/// <summary>
/// Reads a <c>workflow</c> object into a <see cref="WorkflowGraph"/>: first the step keys, then each step in one pass
/// over its members, comparing raw UTF-8 names (<see cref="TapeValue.TryGetProperty(string, out TapeValue)"/>
/// would transcode the name and scan the step once per pointer property). Pointers are resolved to step numbers as
/// they are read, and a resolved pointer shares the step's identifier string instead of decoding its own copy.
/// </summary>
/// <remarks>
/// Reads what <see cref="TapeValue.TryGetProperty(string, out TapeValue)"/> would: of a repeated member the last
/// one counts, and escaped names match their unescaped text.
/// </remarks>
internal sealed class WorkflowJsonReader
{
    // Property codes: the pointer kinds are 0 to 6 (WorkflowEdgeKind), then type.
    private const int TypeCode = 7;
    private const int CodeCount = 8;
    private const int OtherCode = -1;

    // Pointer values up to this many UTF-8 bytes are decoded on the stack to be looked up; longer ones are rare.
    private const int StackDecodeBytes = 256;

    private readonly Dictionary<string, int> _indexById;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _indexBySpan;
    private readonly List<WorkflowEdge> _edges = [];
    private readonly List<int> _edgeTargets = [];

    private WorkflowJsonReader(int capacity)
    {
        _indexById = new Dictionary<string, int>(capacity, StringComparer.Ordinal);
        _indexBySpan = _indexById.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Reads the graph and, when <paramref name="steps"/> is given, each node's JSON alongside it.</summary>
    /// <param name="workflow">The value of the playbook's <c>workflow</c> property.</param>
    /// <param name="steps">Receives one entry per node, in node order; null when the caller needs none.</param>
    /// <param name="memberNames">
    /// Names whose values each object step's entry in <paramref name="steps"/> should carry
    /// (<see cref="WorkflowStepJson.Members"/>), read in the same pass over the step as its pointers.
    /// </param>
    /// <returns>The graph; empty when <paramref name="workflow"/> is not a JSON object.</returns>
    public static WorkflowGraph Read(TapeValue workflow, List<WorkflowStepJson>? steps, Utf8NameTable? memberNames = null)
    {
        if (workflow.ValueKind != JsonValueKind.Object)
        {
            return WorkflowGraph.Empty;
        }

        var capacity = workflow.GetPropertyCount();
        var reader = new WorkflowJsonReader(capacity);
        var ids = new string[capacity];
        var values = new TapeValue[capacity];
        var count = 0;
        foreach (var step in workflow.EnumerateObject())
        {
            var id = step.Name;
            if (reader._indexById.TryAdd(id, count)) // a repeated step key keeps its first value
            {
                ids[count] = id;
                values[count++] = step.Value;
            }
        }

        steps?.EnsureCapacity(count);
        var nodes = new WorkflowNode[count];
        for (var i = 0; i < count; i++)
        {
            var value = values[i];
            if (value.ValueKind != JsonValueKind.Object)
            {
                nodes[i] = new WorkflowNode(ids[i], string.Empty, []);
                steps?.Add(new WorkflowStepJson(value, PointerProperties.None, -1, null));
                continue;
            }

            reader._edges.Clear();
            var stepMembers = steps is null || memberNames is null ? null : new TapeValue[memberNames.Count];
            var (type, present, nextStepsLength) = reader.ReadStep(value, memberNames, stepMembers);
            nodes[i] = new WorkflowNode(ids[i], type, ImmutableArray.Create(CollectionsMarshal.AsSpan(reader._edges)));
            steps?.Add(new WorkflowStepJson(value, present, nextStepsLength, stepMembers));
        }

        return new WorkflowGraph(nodes, reader._indexById, [.. reader._edgeTargets]);
    }

    // Also fills the caller's named members, when given (a repeated name keeps its last value).
    private (string Type, PointerProperties Present, int NextStepsLength) ReadStep(TapeValue step, Utf8NameTable? names,
        TapeValue[]? named)
    {
        var members = new MemberValues();
        var present = PointerProperties.None;
        var typeSeen = false;
        foreach (var member in step.EnumerateObject())
        {
            // A name as written is the name itself unless it holds an escape (rare): then it is compared unescaped.
            var raw = member.RawUtf8Name;
            var escaped = member.NameHasEscapes;
            if (named is not null && (escaped ? names!.IndexOf(member) : names!.IndexOf(raw)) is var slot and >= 0)
            {
                named[slot] = member.Value;
            }

            var code = escaped ? ClassifyEscaped(member) : Classify(raw);
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

        var type = typeSeen && members[TypeCode].ValueKind == JsonValueKind.String ? TypeOf(members[TypeCode]) : string.Empty;
        var allowed = WorkflowStepTypes.AllowedPointers(type) & present;
        for (var kind = WorkflowEdgeKind.OnCompletion; kind <= WorkflowEdgeKind.OnFalse; kind++)
        {
            if (Has(allowed, kind) && members[(int)kind].ValueKind == JsonValueKind.String)
            {
                var target = Resolve(members[(int)kind]);
                _edges.Add(new WorkflowEdge(kind, target));
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
                        _edges.Add(WorkflowEdge.NextStep(index, Resolve(entry)));
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
                    var key = entry.Name;
                    _edges.Add(WorkflowEdge.Case(key, Resolve(entry.Value)));
                }
            }
        }

        return (type, present, nextStepsLength);
    }

    // The step identifier a pointer names, recording its step number (-1 when it names no step). A resolved pointer
    // returns the step's own identifier string: decoded on the stack for the lookup, never allocated.
    private string Resolve(TapeValue pointer)
    {
        var raw = StringContent(pointer);
        if (raw.Length <= StackDecodeBytes && !pointer.HasEscapes)
        {
            Span<char> text = stackalloc char[raw.Length];
            var length = Encoding.UTF8.GetChars(raw, text);
            if (_indexBySpan.TryGetValue(text[..length], out var actualId, out var index))
            {
                _edgeTargets.Add(index);
                return actualId;
            }
        }

        var target = pointer.GetString()!;
        _edgeTargets.Add(_indexById.GetValueOrDefault(target, -1));
        return target;
    }

    // The step types are a closed set: their constants are used rather than a fresh string per step.
    private static string TypeOf(TapeValue type) => StringContent(type) switch
    {
        var raw when raw.SequenceEqual("action"u8) => WorkflowStepTypes.Action,
        var raw when raw.SequenceEqual("end"u8) => WorkflowStepTypes.End,
        var raw when raw.SequenceEqual("start"u8) => WorkflowStepTypes.Start,
        var raw when raw.SequenceEqual("if-condition"u8) => WorkflowStepTypes.If,
        var raw when raw.SequenceEqual("parallel"u8) => WorkflowStepTypes.Parallel,
        var raw when raw.SequenceEqual("while-condition"u8) => WorkflowStepTypes.While,
        var raw when raw.SequenceEqual("switch-condition"u8) => WorkflowStepTypes.Switch,
        var raw when raw.SequenceEqual("playbook-action"u8) => WorkflowStepTypes.PlaybookAction,
        _ => type.GetString() ?? string.Empty,
    };

    // A string value's raw UTF-8 between its quotes, escapes not decoded.
    private static ReadOnlySpan<byte> StringContent(TapeValue value) => value.RawUtf8[1..^1];

    private static bool Has(PointerProperties set, WorkflowEdgeKind kind) => (set & (PointerProperties)(1 << (int)kind)) != 0;

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

    // An escaped name (rare) is unescaped by the same comparison TryGetProperty uses.
    private static int ClassifyEscaped(TapeMember member)
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

    // The last value of each property of interest, indexed by property code.
    [InlineArray(CodeCount)]
    private struct MemberValues
    {
        private TapeValue _first;
    }
}
