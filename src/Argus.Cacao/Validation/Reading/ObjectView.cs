using System.Text.Json;
using Argus.Cacao.Json;
using Argus.Cacao.Json.Tape;

namespace Argus.Cacao.Validation.Reading;

/// <summary>
/// An object of the playbook (the playbook itself, a step, a definition) read once for the rules: its key, its JSON
/// pointer and the members its kind's <see cref="MemberSlots"/> name. Accessors skip values of the wrong JSON kind
/// silently: the structure rules report those.
/// </summary>
internal sealed class ObjectView
{
    private readonly TapeValue[] _members;
    private readonly TapeMember _entry;
    private string? _key;
    private PointerPath _path;
    private bool _pathShared;

    public ObjectView(string key, TapeValue element, PointerPath path, MemberSlots slots)
        : this(key, default, element, path, slots.Read(element))
    {
    }

    /// <param name="key">The object's key.</param>
    /// <param name="element">The object.</param>
    /// <param name="path">Its pointer.</param>
    /// <param name="members">Its members by slot, read already (as <see cref="MemberSlots.Read"/> would).</param>
    public ObjectView(string key, TapeValue element, PointerPath path, TapeValue[] members)
        : this(key, default, element, path, members)
    {
    }

    /// <summary>A dictionary entry, whose key is decoded only when a rule asks for it.</summary>
    /// <param name="entry">The entry; its value is the object.</param>
    /// <param name="path">Its pointer.</param>
    /// <param name="slots">The members to read.</param>
    public ObjectView(TapeMember entry, PointerPath path, MemberSlots slots)
        : this(null, entry, entry.Value, path, slots.Read(entry.Value))
    {
    }

    private ObjectView(string? key, TapeMember entry, TapeValue element, PointerPath path, TapeValue[] members)
    {
        _key = key;
        _entry = entry;
        Element = element;
        _path = path;
        _members = members;
    }

    /// <summary>The object's key in its dictionary (the step or definition identifier); empty for the playbook.</summary>
    public string Key => _key ??= _entry.Name;

    public TapeValue Element { get; }

    /// <summary>
    /// The object's pointer, ready to have children appended. Made on first use: rules ask for it only to report an
    /// issue, and most objects have none.
    /// </summary>
    public PointerPath Path
    {
        get
        {
            if (!_pathShared)
            {
                _path = _path.ForChildren();
                _pathShared = true;
            }

            return _path;
        }
    }

    /// <summary>The member in <paramref name="slot"/>; <see cref="JsonValueKind.Undefined"/> when absent.</summary>
    public TapeValue this[int slot] => _members[slot];

    public bool Has(int slot) => _members[slot].ValueKind != JsonValueKind.Undefined;

    public bool TryGetString(int slot, out string value)
    {
        if (_members[slot].ValueKind == JsonValueKind.String)
        {
            value = _members[slot].GetString()!;
            return true;
        }

        value = string.Empty;
        return false;
    }

    public bool TryGetArray(int slot, out TapeValue value) => TryGet(slot, JsonValueKind.Array, out value);

    public bool TryGetObject(int slot, out TapeValue value) => TryGet(slot, JsonValueKind.Object, out value);

    private bool TryGet(int slot, JsonValueKind kind, out TapeValue value)
    {
        value = _members[slot];
        if (value.ValueKind == kind)
        {
            return true;
        }

        value = default;
        return false;
    }
}
