using Argus.Cacao.Json.Tape;

namespace Argus.Cacao.Validation.Reading;

/// <summary>
/// Looks a member up by scanning from the first member. <see cref="TapeValue.TryGetProperty(ReadOnlySpan{byte}, out TapeValue)"/>
/// scans from the last (so that a repeated name answers its last value), which is the long way round for the
/// members CACAO objects usually open with, such as <c>type</c>.
/// </summary>
internal static class MemberLookup
{
    /// <summary>
    /// The first member named <paramref name="utf8Name"/>; equal to <c>TryGetProperty</c>'s answer whenever the
    /// document repeats no member name.
    /// </summary>
    public static bool TryGetFirst(TapeValue owner, ReadOnlySpan<byte> utf8Name, out TapeValue value)
    {
        foreach (var member in owner.EnumerateObject())
        {
            var raw = member.RawUtf8Name;
            // An escaped spelling is longer than the name it spells.
            if (raw.SequenceEqual(utf8Name)
                || (raw.Length > utf8Name.Length && member.NameHasEscapes && member.NameEquals(utf8Name)))
            {
                value = member.Value;
                return true;
            }
        }

        value = default;
        return false;
    }
}
