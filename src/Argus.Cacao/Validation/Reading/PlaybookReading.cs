using System.Text.Json;
using Argus.Cacao.Json;

namespace Argus.Cacao.Validation.Reading;

/// <summary>
/// The playbook read once for every rule of one validation: its own members, its steps and its definitions, each
/// object enumerated a single time. Parts are read on first use.
/// </summary>
internal sealed class PlaybookReading
{
    private static readonly PointerPath WorkflowPath = PointerPath.Root.Append("workflow").ForChildren();

    private readonly ObjectView?[] _dictionaries = new ObjectView?[PlaybookMember.Slots.Count];
    private readonly List<ObjectView>?[] _definitions = new List<ObjectView>?[PlaybookMember.Slots.Count];
    private readonly HashSet<string>?[] _keys = new HashSet<string>?[PlaybookMember.Slots.Count];
    private List<ObjectView>? _steps;

    public PlaybookReading(JsonElement root) => Playbook = new ObjectView(string.Empty, root, PointerPath.Root, PlaybookMember.Slots);

    public ObjectView Playbook { get; }

    /// <summary>
    /// The step objects of the <c>workflow</c> object, first occurrence of each key only, in document order; empty when
    /// there is no workflow object.
    /// </summary>
    public IReadOnlyList<ObjectView> Steps => _steps ??= ReadSteps();

    /// <summary>
    /// The entries of the definitions dictionary in <paramref name="slot"/> (a <see cref="PlaybookMember"/>) whose
    /// values are objects, repeated keys included, in document order.
    /// </summary>
    public IReadOnlyList<ObjectView> Definitions(int slot) => _definitions[slot] ??= ReadDefinitions(slot);

    /// <summary>
    /// The keys of the definitions dictionary in <paramref name="slot"/>: empty when it is absent, null when it is
    /// present but not an object (nothing can be checked against it).
    /// </summary>
    public HashSet<string>? Keys(int slot)
    {
        if (_keys[slot] is { } keys)
        {
            return keys;
        }

        var dictionary = Playbook[slot];
        if (dictionary.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Object))
        {
            return null;
        }

        keys = new HashSet<string>(StringComparer.Ordinal);
        if (dictionary.ValueKind == JsonValueKind.Object)
        {
            foreach (var member in dictionary.EnumerateObject())
            {
                keys.Add(member.Name);
            }
        }

        return _keys[slot] = keys;
    }

    private List<ObjectView> ReadSteps()
    {
        var steps = new List<ObjectView>();
        if (!Playbook.TryGetObject(PlaybookMember.Workflow, out var workflow))
        {
            return steps;
        }

        // One pass over the object: JsonElement.TryGetProperty scans linearly, so a lookup per step is quadratic.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in workflow.EnumerateObject())
        {
            var id = member.Name;
            if (seen.Add(id) && member.Value.ValueKind == JsonValueKind.Object)
            {
                steps.Add(new ObjectView(id, member.Value, WorkflowPath.Append(id), StepMember.Slots));
            }
        }

        return steps;
    }

    private List<ObjectView> ReadDefinitions(int slot)
    {
        var definitions = new List<ObjectView>();
        if (!Playbook.TryGetObject(slot, out var dictionary))
        {
            return definitions;
        }

        var path = PointerPath.Root.Append(PlaybookMember.NameOf(slot)).ForChildren();
        foreach (var member in dictionary.EnumerateObject())
        {
            if (member.Value.ValueKind == JsonValueKind.Object)
            {
                definitions.Add(new ObjectView(member.Name, member.Value, path.Append(member), DefinitionMember.Slots));
            }
        }

        return definitions;
    }
}
