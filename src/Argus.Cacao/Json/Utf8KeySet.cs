using System.Text;
using System.Text.Json;
using Argus.Cacao.Json.Tape;

namespace Argus.Cacao.Json;

/// <summary>
/// A set of member names of one document, asked about names and string values by their raw UTF-8 bytes: no string is
/// decoded for the keys or the values looked up, unless they are written with escapes.
/// </summary>
/// <remarks>
/// A small set (the usual definitions dictionary has a handful of keys) keeps its members and compares their names'
/// bytes one by one; a larger one copies the names into a hash set, which keeps lookups in hostile documents with
/// thousands of keys constant.
/// </remarks>
internal sealed class Utf8KeySet
{
    // Up to this many names are compared one by one.
    private const int LinearLimit = 16;

    // The members whose names are written without escapes, while the set is small.
    private readonly TapeMember[] _members;
    private int _memberCount;
    // The names written with escapes, decoded, while the set is small; null until there is one.
    private List<byte[]>? _decoded;
    // Every name, once the set holds more than LinearLimit.
    private HashSet<byte[]>? _hashed;

    public Utf8KeySet(int capacity) => _members = new TapeMember[Math.Min(capacity, LinearLimit)];

    /// <summary>An empty set, shared: nothing may be added to it.</summary>
    public static Utf8KeySet Empty { get; } = new(0);

    public int Count { get; private set; }

    /// <summary>Adds a member's name.</summary>
    public void Add(TapeMember member)
    {
        if (Contains(member))
        {
            return;
        }

        var raw = member.RawUtf8Name;
        var escaped = member.NameHasEscapes;
        Count++;
        if (_hashed is null && Count > LinearLimit)
        {
            _hashed = new HashSet<byte[]>(Count * 2, Utf8BytesComparer.Instance);
            foreach (var earlier in _members.AsSpan(0, _memberCount))
            {
                _hashed.Add(earlier.RawUtf8Name.ToArray());
            }

            _hashed.UnionWith(_decoded ?? []);
        }

        if (_hashed is not null)
        {
            _hashed.Add(escaped ? Encoding.UTF8.GetBytes(member.Name) : raw.ToArray());
        }
        else if (escaped)
        {
            (_decoded ??= []).Add(Encoding.UTF8.GetBytes(member.Name));
        }
        else
        {
            _members[_memberCount++] = member;
        }
    }

    /// <summary>Whether the set holds a member's name.</summary>
    public bool Contains(TapeMember member)
    {
        return member.NameHasEscapes ? Contains(Encoding.UTF8.GetBytes(member.Name)) : Contains(member.RawUtf8Name);
    }

    /// <summary>Whether the set holds the text of a string value (callers check <see cref="JsonValueKind.String"/>).</summary>
    public bool ContainsText(TapeValue value)
    {
        return value.HasEscapes ? Contains(Encoding.UTF8.GetBytes(value.GetString()!)) : Contains(value.RawUtf8[1..^1]);
    }

    // Whether the set holds a name, given as unescaped UTF-8.
    private bool Contains(ReadOnlySpan<byte> name)
    {
        if (_hashed is not null)
        {
            return _hashed.GetAlternateLookup<ReadOnlySpan<byte>>().Contains(name);
        }

        foreach (var member in _members.AsSpan(0, _memberCount))
        {
            if (member.RawUtf8Name.SequenceEqual(name))
            {
                return true;
            }
        }

        foreach (var decoded in _decoded ?? [])
        {
            if (decoded.AsSpan().SequenceEqual(name))
            {
                return true;
            }
        }

        return false;
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
