using System.Text.Json;
using Argus.Cacao.Json;
using Argus.Cacao.Json.Tape;

namespace Argus.Cacao.Validation.Reading;

/// <summary>
/// A fixed set of member names, each with a slot: one pass over an object fills the slots, so the rules read a
/// member without <see cref="TapeValue.TryGetProperty(string, out TapeValue)"/>, which transcodes the name and
/// scans the object for every lookup.
/// </summary>
/// <remarks>A repeated member fills its slot with its last value, as <c>TryGetProperty</c> answers.</remarks>
internal sealed class MemberSlots
{
    private readonly Utf8NameTable _names;

    public MemberSlots(params string[] names) => _names = new Utf8NameTable(names);

    public int Count => _names.Count;

    /// <summary>The names, numbered by slot, for readers that fill the slots in a pass of their own.</summary>
    public Utf8NameTable Names => _names;

    /// <summary>The members of <paramref name="owner"/> by slot; a slot left <see cref="JsonValueKind.Undefined"/> is absent.</summary>
    public TapeValue[] Read(TapeValue owner)
    {
        var values = new TapeValue[Count];
        if (owner.ValueKind != JsonValueKind.Object)
        {
            return values;
        }

        foreach (var member in owner.EnumerateObject())
        {
            var slot = _names.IndexOf(member);
            if (slot >= 0)
            {
                values[slot] = member.Value;
            }
        }

        return values;
    }
}
