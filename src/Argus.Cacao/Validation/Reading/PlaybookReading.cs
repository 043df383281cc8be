using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text.Json;
using Argus.Cacao.Json;
using Argus.Cacao.Json.Tape;
using Argus.Cacao.Validation.Rules.Graph;

namespace Argus.Cacao.Validation.Reading;

/// <summary>
/// The playbook read once for every rule of one validation: its own members, its steps and its definitions, each
/// object enumerated a single time. Parts are read on first use.
/// </summary>
internal sealed class PlaybookReading
{
    private static readonly PointerPath WorkflowPath = PointerPath.Root.Append("workflow").ForChildren();

    private readonly ImmutableArray<ObjectView>[] _definitions = new ImmutableArray<ObjectView>[PlaybookMember.Slots.Count];
    private readonly Utf8KeySet?[] _keys = new Utf8KeySet?[PlaybookMember.Slots.Count];
    private readonly Func<WorkflowDocument?> _workflow;
    private ImmutableArray<ObjectView> _steps;

    /// <param name="root">The playbook object.</param>
    /// <param name="workflow">The workflow as the graph rules read it, whose step identifiers the steps reuse.</param>
    public PlaybookReading(TapeValue root, Func<WorkflowDocument?> workflow)
        : this(new ObjectView(string.Empty, root, PointerPath.Root, PlaybookMember.Slots), workflow)
    {
    }

    /// <param name="root">The playbook object.</param>
    /// <param name="members">Its members by <see cref="PlaybookMember"/> slot, read already.</param>
    /// <param name="workflow">The workflow as the graph rules read it, whose step identifiers the steps reuse.</param>
    public PlaybookReading(TapeValue root, TapeValue[] members, Func<WorkflowDocument?> workflow)
        : this(new ObjectView(string.Empty, root, PointerPath.Root, members), workflow)
    {
    }

    private PlaybookReading(ObjectView playbook, Func<WorkflowDocument?> workflow)
    {
        Playbook = playbook;
        _workflow = workflow;
    }

    public ObjectView Playbook { get; }

    /// <summary>
    /// The step objects of the <c>workflow</c> object, first occurrence of each key only, in document order; empty when
    /// there is no workflow object.
    /// </summary>
    /// <remarks>An immutable array, so that the many rules enumerating it allocate no enumerator.</remarks>
    public ImmutableArray<ObjectView> Steps => _steps.IsDefault ? _steps = ReadSteps() : _steps;

    /// <summary>
    /// The entries of the definitions dictionary in <paramref name="slot"/> (a <see cref="PlaybookMember"/>) whose
    /// values are objects, repeated keys included, in document order.
    /// </summary>
    public ImmutableArray<ObjectView> Definitions(int slot) =>
        _definitions[slot].IsDefault ? _definitions[slot] = ReadDefinitions(slot) : _definitions[slot];

    /// <summary>
    /// The keys of the definitions dictionary in <paramref name="slot"/>: empty when it is absent, null when it is
    /// present but not an object (nothing can be checked against it).
    /// </summary>
    public Utf8KeySet? Keys(int slot)
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

        if (dictionary.ValueKind == JsonValueKind.Undefined)
        {
            return _keys[slot] = Utf8KeySet.Empty;
        }

        keys = new Utf8KeySet(dictionary.GetPropertyCount());
        foreach (var member in dictionary.EnumerateObject())
        {
            keys.Add(member);
        }

        return _keys[slot] = keys;
    }

    private ImmutableArray<ObjectView> ReadSteps()
    {
        // The graph has read the step keys already (first occurrence of each, in document order): its identifier
        // strings are reused rather than decoded again.
        if (_workflow() is not { } document)
        {
            return [];
        }

        var nodes = document.Graph.Nodes;
        var steps = new ObjectView[nodes.Length];
        var count = 0;
        for (var i = 0; i < nodes.Length; i++)
        {
            // The graph reader has read each object step's slots in its own pass over the step.
            if (document.StepJson(i) is { Members: { } members } step)
            {
                steps[count++] = new ObjectView(nodes[i].Id, step.Element, WorkflowPath.Append(nodes[i].Id), members);
            }
        }

        return Trimmed(steps, count);
    }

    private ImmutableArray<ObjectView> ReadDefinitions(int slot)
    {
        if (!Playbook.TryGetObject(slot, out var dictionary))
        {
            return [];
        }

        var definitions = new ObjectView[dictionary.GetPropertyCount()];
        var count = 0;
        var path = PointerPath.Root.Append(PlaybookMember.NameOf(slot)).ForChildren();
        foreach (var member in dictionary.EnumerateObject())
        {
            if (member.Value.ValueKind == JsonValueKind.Object)
            {
                definitions[count++] = new ObjectView(member, path.Append(member), DefinitionMember.Slots);
            }
        }

        return Trimmed(definitions, count);
    }

    // The first count views, without a copy when they fill the array (every entry an object: the usual case).
    private static ImmutableArray<ObjectView> Trimmed(ObjectView[] views, int count)
    {
        if (count < views.Length)
        {
            Array.Resize(ref views, count);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(views);
    }
}
