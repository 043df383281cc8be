using System.Text;
using System.Text.Json;
using Argus.Cacao.Json.Tape;

namespace Argus.Cacao.Json;

/// <summary>
/// A fixed set of member names looked up by their raw UTF-8 bytes, as the document holds them: no decoding and no
/// string per lookup. Names are numbered in the order given.
/// </summary>
/// <remarks>
/// Open hashing over a few bytes of the name, each candidate confirmed by comparing all bytes. A name written with
/// escapes is decoded first, since two spellings can then mean the same name.
/// </remarks>
internal sealed class Utf8NameTable
{
    private readonly byte[][] _names;
    private readonly Dictionary<string, int> _byText;
    private readonly int[] _buckets;
    private readonly int[] _next;
    private readonly int _mask;

    // True when no name holds a backslash: a raw spelling that matches one is then that name, unescaped.
    private readonly bool _backslashFree;

    public Utf8NameTable(IReadOnlyList<string> names)
    {
        _names = [.. names.Select(Encoding.UTF8.GetBytes)];
        _byText = new Dictionary<string, int>(StringComparer.Ordinal);
        var size = 4;
        while (size < names.Count * 2)
        {
            size *= 2;
        }

        _mask = size - 1;
        _buckets = new int[size];
        _next = new int[names.Count];
        _backslashFree = names.All(name => !name.Contains('\\'));
        for (var i = 0; i < names.Count; i++)
        {
            if (!_byText.TryAdd(names[i], i))
            {
                throw new ArgumentException($"The name '{names[i]}' is given twice.", nameof(names));
            }

            var bucket = (int)(Hash(_names[i]) & (uint)_mask);
            _next[i] = _buckets[bucket] - 1;
            _buckets[bucket] = i + 1;
        }
    }

    public int Count => _names.Length;

    /// <summary>The number of the member's name, or -1 when it is none of the table's.</summary>
    public int IndexOf(TapeMember member)
    {
        var index = IndexOf(member.RawUtf8Name);
        return IsSettled(index, member.NameHasEscapes) ? index : IndexOf(member.Name);
    }

    /// <summary>The number of the text of a string value (callers check <see cref="JsonValueKind.String"/>), or -1.</summary>
    public int IndexOfText(TapeValue value)
    {
        var index = IndexOf(value.RawUtf8[1..^1]);
        return IsSettled(index, value.HasEscapes) ? index : IndexOf(value.GetString()!);
    }

    // Whether the answer for text as written stands without decoding it. Nearly every name is found as written, and
    // such a match is the name itself when no name of the table holds a backslash; text without a backslash needs no
    // decoding at all.
    private bool IsSettled(int rawIndex, bool escaped) => (rawIndex >= 0 && _backslashFree) || !escaped;

    /// <summary>The number of a decoded name, or -1 when it is none of the table's.</summary>
    public int IndexOf(string name) => _byText.GetValueOrDefault(name, -1);

    /// <summary>The number of an unescaped UTF-8 name, or -1 when it is none of the table's.</summary>
    public int IndexOf(ReadOnlySpan<byte> name)
    {
        if (name.IsEmpty)
        {
            return IndexOf(string.Empty);
        }

        for (var i = _buckets[(int)(Hash(name) & (uint)_mask)] - 1; i >= 0; i = _next[i])
        {
            if (name.SequenceEqual(_names[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static uint Hash(ReadOnlySpan<byte> name) => name.IsEmpty
        ? 0
        : ((uint)name.Length * 0x9E3779B1u) ^ (name[0] * 0x01000193u) ^ (name[^1] * 0x2C1B3C6Du) ^ (name[name.Length / 2] * 0x165667B1u);
}
