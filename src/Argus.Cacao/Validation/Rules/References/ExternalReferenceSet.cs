using System.Text.Json;
using Argus.Cacao.Json.Tape;

namespace Argus.Cacao.Validation.Rules.References;

/// <summary>
/// The playbook's <c>external_references</c>, asked whether they hold a reference equal to another one: the same
/// members with the same values, whatever their order or spacing (values compared as decoded strings, or as raw JSON
/// when they are not strings).
/// </summary>
/// <remarks>
/// References written without escapes (nearly all) are compared in place on their raw UTF-8 text, found through an
/// order-independent hash of their members: no string per member. A reference with escapes is compared through its
/// decoded <see cref="Key"/>. JSON escapes every control character, so text without escapes cannot hold the
/// separators <see cref="Key"/> uses, and both ways give the same answer.
/// </remarks>
internal sealed class ExternalReferenceSet
{
    private readonly List<TapeValue> _references = [];
    private readonly Dictionary<uint, List<TapeValue>> _plainByHash = [];
    private readonly bool _hasEscaped;
    private HashSet<string>? _keys;

    public ExternalReferenceSet(TapeValue list)
    {
        if (list.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        foreach (var reference in list.EnumerateArray())
        {
            if (reference.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            _references.Add(reference);
            if (IsEscaped(reference))
            {
                _hasEscaped = true;
                continue;
            }

            var hash = Hash(reference);
            if (!_plainByHash.TryGetValue(hash, out var bucket))
            {
                bucket = [];
                _plainByHash[hash] = bucket;
            }

            bucket.Add(reference);
        }
    }

    public bool Contains(TapeValue reference)
    {
        if (_references.Count == 0)
        {
            return false;
        }

        if (!IsEscaped(reference))
        {
            if (_plainByHash.TryGetValue(Hash(reference), out var bucket))
            {
                foreach (var candidate in bucket)
                {
                    if (SameMembers(reference, candidate))
                    {
                        return true;
                    }
                }
            }

            if (!_hasEscaped)
            {
                return false;
            }
        }

        _keys ??= _references.Select(Key).ToHashSet(StringComparer.Ordinal);
        return _keys.Contains(Key(reference));
    }

    // Equal references give equal keys whatever their member order or spacing: members sorted by name, values as
    // decoded strings (all external-reference members are strings) or as raw JSON otherwise.
    private static string Key(TapeValue reference) => string.Join("\u0000", reference.EnumerateObject()
        .OrderBy(p => p.Name, StringComparer.Ordinal)
        .Select(p => p.Name + "\u0001" + (p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : p.Value.GetRawText())));

    private static bool IsEscaped(TapeValue reference) => reference.RawUtf8.IndexOf((byte)'\\') >= 0;

    // A string's text without its quotes; any other value's raw JSON. The same text for "1" and 1, as Key has it.
    private static ReadOnlySpan<byte> ValueText(TapeValue value)
    {
        var raw = value.RawUtf8;
        return value.ValueKind == JsonValueKind.String ? raw[1..^1] : raw;
    }

    // The sum over members of a hash of (name, value): independent of member order. HashCode is seeded per process,
    // so a document cannot be built to make every reference collide.
    private static uint Hash(TapeValue reference)
    {
        var sum = 0u;
        foreach (var member in reference.EnumerateObject())
        {
            var hash = new HashCode();
            hash.AddBytes(member.RawUtf8Name);
            hash.Add(-1);
            hash.AddBytes(ValueText(member.Value));
            sum += (uint)hash.ToHashCode();
        }

        return sum;
    }

    // Members sorted by name (document order among repeated names), then compared pair by pair.
    private static bool SameMembers(TapeValue left, TapeValue right)
    {
        var leftMembers = Sorted(left);
        var rightMembers = Sorted(right);
        if (leftMembers.Length != rightMembers.Length)
        {
            return false;
        }

        for (var i = 0; i < leftMembers.Length; i++)
        {
            if (!leftMembers[i].RawUtf8Name.SequenceEqual(rightMembers[i].RawUtf8Name)
                || !ValueText(leftMembers[i].Value).SequenceEqual(ValueText(rightMembers[i].Value)))
            {
                return false;
            }
        }

        return true;
    }

    private static TapeMember[] Sorted(TapeValue reference)
    {
        var members = reference.EnumerateObject().ToArray();
        var order = Enumerable.Range(0, members.Length).ToArray();
        Array.Sort(order, (a, b) =>
        {
            var byName = members[a].RawUtf8Name.SequenceCompareTo(members[b].RawUtf8Name);
            return byName != 0 ? byName : a.CompareTo(b);
        });
        return [.. order.Select(i => members[i])];
    }
}
