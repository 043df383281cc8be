using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace Argus.Cacao.Json;

/// <summary>
/// A set of member names of one document, asked about names and string values by their raw UTF-8 bytes: no string is
/// decoded for the keys or the values looked up, unless they are written with escapes.
/// </summary>
internal sealed class Utf8KeySet
{
    private readonly HashSet<byte[]> _keys;
    private readonly HashSet<byte[]>.AlternateLookup<ReadOnlySpan<byte>> _lookup;

    public Utf8KeySet(int capacity)
    {
        _keys = new HashSet<byte[]>(capacity, Utf8BytesComparer.Instance);
        _lookup = _keys.GetAlternateLookup<ReadOnlySpan<byte>>();
    }

    /// <summary>An empty set, shared: nothing may be added to it.</summary>
    public static Utf8KeySet Empty { get; } = new(0);

    public int Count => _keys.Count;

    /// <summary>Adds a member's name.</summary>
    public void Add(JsonProperty member)
    {
        var raw = JsonMarshal.GetRawUtf8PropertyName(member);
        if (raw.IndexOf((byte)'\\') < 0)
        {
            _lookup.Add(raw);
        }
        else
        {
            _keys.Add(Encoding.UTF8.GetBytes(member.Name));
        }
    }

    /// <summary>Whether the set holds a member's name.</summary>
    public bool Contains(JsonProperty member)
    {
        var raw = JsonMarshal.GetRawUtf8PropertyName(member);
        return raw.IndexOf((byte)'\\') < 0 ? _lookup.Contains(raw) : _keys.Contains(Encoding.UTF8.GetBytes(member.Name));
    }

    /// <summary>Whether the set holds the text of a string value (callers check <see cref="JsonValueKind.String"/>).</summary>
    public bool ContainsText(JsonElement value)
    {
        var raw = JsonMarshal.GetRawUtf8Value(value)[1..^1];
        return raw.IndexOf((byte)'\\') < 0 ? _lookup.Contains(raw) : _keys.Contains(Encoding.UTF8.GetBytes(value.GetString()!));
    }

    // Byte-wise equality with a randomised hash, over byte arrays and, for lookups, spans of the document's bytes.
    private sealed class Utf8BytesComparer : IEqualityComparer<byte[]>, IAlternateEqualityComparer<ReadOnlySpan<byte>, byte[]>
    {
        public static Utf8BytesComparer Instance { get; } = new();

        public bool Equals(byte[]? x, byte[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(byte[] obj) => Hash(obj);

        public bool Equals(ReadOnlySpan<byte> alternate, byte[] other) => alternate.SequenceEqual(other);

        public int GetHashCode(ReadOnlySpan<byte> alternate) => Hash(alternate);

        public byte[] Create(ReadOnlySpan<byte> alternate) => alternate.ToArray();

        private static int Hash(ReadOnlySpan<byte> bytes)
        {
            var hash = new HashCode();
            hash.AddBytes(bytes);
            return hash.ToHashCode();
        }
    }
}
