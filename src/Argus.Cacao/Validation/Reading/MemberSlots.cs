using System.Collections.Frozen;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace Argus.Cacao.Validation.Reading;

/// <summary>
/// A fixed set of member names, each with a slot: one pass over an object fills the slots, so the rules read a
/// member without <see cref="JsonElement.TryGetProperty(string, out JsonElement)"/>, which transcodes the name and
/// scans the object for every lookup.
/// </summary>
/// <remarks>A repeated member fills its slot with its last value, as <c>TryGetProperty</c> answers.</remarks>
internal sealed class MemberSlots
{
    // Longer than any name a slot is made for.
    private const int MaxNameLength = 64;

    private readonly FrozenDictionary<string, int> _slots;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _byCharacters;

    public MemberSlots(params string[] names)
    {
        _slots = names.Select((name, slot) => KeyValuePair.Create(name, slot)).ToFrozenDictionary(StringComparer.Ordinal);
        _byCharacters = _slots.GetAlternateLookup<ReadOnlySpan<char>>();
        Count = names.Length;
    }

    public int Count { get; }

    /// <summary>The members of <paramref name="owner"/> by slot; a slot left <see cref="JsonValueKind.Undefined"/> is absent.</summary>
    public JsonElement[] Read(JsonElement owner)
    {
        var values = new JsonElement[Count];
        if (owner.ValueKind != JsonValueKind.Object)
        {
            return values;
        }

        foreach (var member in owner.EnumerateObject())
        {
            var slot = SlotOf(member);
            if (slot >= 0)
            {
                values[slot] = member.Value;
            }
        }

        return values;
    }

    private int SlotOf(JsonProperty member)
    {
        var raw = JsonMarshal.GetRawUtf8PropertyName(member);
        if (raw.Length > MaxNameLength || raw.IndexOf((byte)'\\') >= 0)
        {
            return raw.Length > MaxNameLength * 6 ? -1 : _slots.GetValueOrDefault(member.Name, -1);
        }

        Span<char> name = stackalloc char[MaxNameLength];
        var length = Encoding.UTF8.GetChars(raw, name);
        return _byCharacters.TryGetValue(name[..length], out var slot) ? slot : -1;
    }
}
