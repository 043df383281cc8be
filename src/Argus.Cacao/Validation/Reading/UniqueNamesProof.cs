using System.Buffers.Binary;
using System.Text.Json;
using Argus.Cacao.Json.Tape;

namespace Argus.Cacao.Validation.Reading;

/// <summary>
/// Proves, on the structure rules' single way through a document parsed without the parser's duplicate check, that
/// no object repeats a member name. The object shapes mark each member they read; what no shape reads (unknown
/// properties, extension content, values of the wrong JSON type) is walked here. The proof fails when a name repeats
/// or when a name is written with escapes (two spellings may then mean one name); the validator then starts again
/// on the path that reports each repeat.
/// </summary>
/// <remarks>Not thread-safe: one per validation. A disabled proof (on that other path) checks nothing.</remarks>
internal sealed class UniqueNamesProof
{
    // Objects with more members than this are checked through a hash table rather than name by name.
    private const int PairwiseLimit = 8;

    [ThreadStatic]
    private static Scratch? _threadScratch;

    private readonly bool _enabled;
    private Scratch? _scratch;

    public UniqueNamesProof(bool enabled) => _enabled = enabled;

    /// <summary>True once a repeated name was found, or a name that cannot be compared as written.</summary>
    public bool Failed { get; private set; }

    /// <summary>Records a repeated name that a shape found on its own.</summary>
    public void Fail()
    {
        if (_enabled)
        {
            Failed = true;
        }
    }

    /// <summary>Checks the member names of <paramref name="value"/>, when it is an object, but nothing below them.</summary>
    /// <remarks>For dictionaries whose values are checked by shapes of their own.</remarks>
    public void CheckNames(TapeValue value)
    {
        if (_enabled && !Failed && value.ValueKind == JsonValueKind.Object)
        {
            CheckObject(value, descend: false);
        }
    }

    /// <summary>Checks every object in <paramref name="value"/>, itself included: content that no shape reads.</summary>
    public void CheckAll(TapeValue value)
    {
        if (_enabled && !Failed && value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
        {
            Visit(value);
        }
    }

    private void Visit(TapeValue value)
    {
        if (value.ValueKind == JsonValueKind.Object)
        {
            CheckObject(value, descend: true);
            return;
        }

        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
            {
                Visit(item);
                if (Failed)
                {
                    return;
                }
            }
        }
    }

    // The object's members are kept on a stack shared with the objects below it, which are checked (and popped)
    // before the object's own names are compared.
    private void CheckObject(TapeValue value, bool descend)
    {
        var scratch = _scratch ??= _threadScratch ??= new Scratch();
        var start = scratch.Count;
        foreach (var member in value.EnumerateObject())
        {
            if (member.NameHasEscapes)
            {
                Failed = true;
                break;
            }

            scratch.Push(member);
            if (descend && member.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
            {
                Visit(member.Value);
                if (Failed)
                {
                    break;
                }
            }
        }

        if (!Failed && scratch.HasRepeat(start))
        {
            Failed = true;
        }

        scratch.PopTo(start);
    }

    private sealed class Scratch
    {
        private TapeMember[] _members = new TapeMember[64];
        private int[] _buckets = new int[64];

        public int Count { get; private set; }

        // The members from start on are dropped and their slots cleared: the scratch outlives the document, and must
        // not keep it (or the caller's bytes) alive.
        public void PopTo(int start)
        {
            _members.AsSpan(start, Count - start).Clear();
            Count = start;
        }

        public void Push(TapeMember member)
        {
            if (Count == _members.Length)
            {
                Array.Resize(ref _members, Count * 2);
            }

            _members[Count++] = member;
        }

        // Whether two of the members from start on have the same name, as written (no name holds an escape).
        public bool HasRepeat(int start)
        {
            var count = Count - start;
            return count > PairwiseLimit ? HasRepeatHashed(start, count) : HasRepeatPairwise(start);
        }

        private bool HasRepeatPairwise(int start)
        {
            for (var i = start + 1; i < Count; i++)
            {
                var name = _members[i].RawUtf8Name;
                for (var j = start; j < i; j++)
                {
                    if (name.SequenceEqual(_members[j].RawUtf8Name))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        // Open addressing with linear probing; a bucket holds a member's position after start, plus one.
        private bool HasRepeatHashed(int start, int count)
        {
            var size = 16;
            while (size < count * 2)
            {
                size *= 2;
            }

            if (_buckets.Length < size)
            {
                _buckets = new int[size];
            }

            var buckets = _buckets.AsSpan(0, size);
            buckets.Clear();
            var mask = size - 1;
            for (var i = 0; i < count; i++)
            {
                var name = _members[start + i].RawUtf8Name;
                for (var bucket = (int)(Hash(name) & (uint)mask); ; bucket = (bucket + 1) & mask)
                {
                    if (buckets[bucket] == 0)
                    {
                        buckets[bucket] = i + 1;
                        break;
                    }

                    if (name.SequenceEqual(_members[start + buckets[bucket] - 1].RawUtf8Name))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        // Identifiers share their prefixes and differ in their UUIDs' last bytes: the hash reads the name's end.
        private static uint Hash(ReadOnlySpan<byte> name)
        {
            ulong bits;
            if (name.Length >= 8)
            {
                bits = BinaryPrimitives.ReadUInt64LittleEndian(name[^8..]) ^ BinaryPrimitives.ReadUInt64LittleEndian(name);
            }
            else
            {
                bits = 0;
                foreach (var b in name)
                {
                    bits = (bits << 8) | b;
                }
            }

            return (uint)(((bits ^ (ulong)name.Length) * 0x9E3779B97F4A7C15UL) >> 32);
        }
    }
}
