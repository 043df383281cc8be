using System.Numerics;
using System.Text.Json;
using Argus.Cacao.Json;
using Argus.Cacao.Json.Tape;

namespace Argus.Cacao.Validation.Rules.Variables;

/// <summary>
/// Finds variable uses, <c>__name__:value</c>, inside strings (spec 10.18: names are prefixed and suffixed with two
/// underscores and used with the <c>:value</c> keyword). Names may contain '.', as SOARCA's do.
/// </summary>
internal static class VariableUses
{
    private const string Suffix = "__:value";

    // Names up to this many characters are decoded on the stack to be looked up.
    private const int NameOnStack = 128;

    /// <summary>The declared names (<c>__name__</c>) used in one string, in order, repeats included.</summary>
    public static IEnumerable<string> In(string text)
    {
        var searchFrom = 0;
        while (TryFindNext(text.AsSpan(), Suffix, ref searchFrom, out var name))
        {
            yield return text[name];
        }
    }

    // The next use at or after searchFrom, as the range of its declared name ("__name__", which ends inside the suffix).
    // Scans backwards from each "__:value" over name characters; ':' ends the scan, so the work stays linear. Reads
    // UTF-8 and UTF-16 alike: name characters are ASCII, and no byte of a multi-byte UTF-8 sequence is.
    private static bool TryFindNext<T>(ReadOnlySpan<T> text, ReadOnlySpan<T> suffix, ref int searchFrom, out Range name)
        where T : unmanaged, IBinaryInteger<T>
    {
        while (searchFrom < text.Length)
        {
            var found = text[searchFrom..].IndexOf(suffix);
            if (found < 0)
            {
                break;
            }

            var suffixAt = searchFrom + found;
            searchFrom = suffixAt + suffix.Length;
            var runStart = suffixAt;
            while (runStart > 0 && IsNameCharacter(int.CreateTruncating(text[runStart - 1])))
            {
                runStart--;
            }

            for (var k = runStart; k + 2 < suffixAt; k++)
            {
                if (int.CreateTruncating(text[k]) == '_' && int.CreateTruncating(text[k + 1]) == '_'
                    && char.IsAsciiLetter((char)int.CreateTruncating(text[k + 2])))
                {
                    // "__" + name + "__": the suffix begins with the closing underscores.
                    name = k..(suffixAt + 2);
                    return true;
                }
            }
        }

        searchFrom = text.Length;
        name = default;
        return false;
    }

    /// <summary>
    /// Every variable use in the strings under <paramref name="element"/> whose name <paramref name="keep"/> accepts
    /// (it must answer the same for the same name), with the JSON pointer of its string; each name once per string.
    /// Members whose name ends in <c>_b64</c> are skipped: their content is encoded and never substituted. A name is
    /// decoded to a string, and a pointer made, only for a kept use.
    /// </summary>
    public static IReadOnlyList<(string Path, string Name)> Under<TState>(TapeValue element, PointerPath path, TState state,
        UseFilter<TState> keep)
    {
        // Paths are kept as segments and joined only for a string that holds a use: most values hold none.
        List<(string Path, string Name)>? uses = null;
        // The raw text of the whole value shows whether any string below it can hold a use: most hold none.
        if (element.ValueKind is not (JsonValueKind.String or JsonValueKind.Array or JsonValueKind.Object) || !MayHoldUse(element))
        {
            return [];
        }

        Collect(element, path, [], state, keep, ref uses);
        return uses is null ? [] : uses;
    }

    private static void Collect<TState>(TapeValue element, PointerPath path, List<(TapeMember? Property, int Index)> segments,
        TState state, UseFilter<TState> keep, ref List<(string Path, string Name)>? uses)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                var raw = element.RawUtf8[1..^1];
                if (element.HasEscapes)
                {
                    var text = element.GetString()!;
                    CollectIn(text.AsSpan(), Suffix, path, segments, state, keep, ref uses);
                }
                else
                {
                    CollectIn(raw, "__:value"u8, path, segments, state, keep, ref uses);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    segments.Add((null, index++));
                    Collect(item, path, segments, state, keep, ref uses);
                    segments.RemoveAt(segments.Count - 1);
                }

                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (IsEncoded(property))
                    {
                        continue;
                    }

                    segments.Add((property, 0));
                    Collect(property.Value, path, segments, state, keep, ref uses);
                    segments.RemoveAt(segments.Count - 1);
                }

                break;
            default:
                break;
        }
    }

    // The kept uses of one string (its raw UTF-8 when it has no escapes, else its decoded text), each name once.
    private static void CollectIn<T, TState>(ReadOnlySpan<T> text, ReadOnlySpan<T> suffix, PointerPath path,
        List<(TapeMember? Property, int Index)> segments, TState state, UseFilter<TState> keep,
        ref List<(string Path, string Name)>? uses)
        where T : unmanaged, IBinaryInteger<T>
    {
        string? pointer = null;
        HashSet<string>? seen = null;
        var searchFrom = 0;
        Span<char> buffer = stackalloc char[NameOnStack];
        while (TryFindNext(text, suffix, ref searchFrom, out var range))
        {
            var found = text[range];
            var name = found.Length <= NameOnStack ? buffer[..found.Length] : new char[found.Length];
            for (var i = 0; i < found.Length; i++)
            {
                name[i] = (char)int.CreateTruncating(found[i]);
            }

            // keep answers the same for the same name, so a repeat needs no second look unless it is kept.
            if (keep(state, name) && name.ToString() is var kept && (seen ??= new HashSet<string>(StringComparer.Ordinal)).Add(kept))
            {
                pointer ??= ToPointer(path, segments);
                (uses ??= []).Add((pointer, kept));
            }
        }
    }

    // Whether the raw text (of a string, or of a whole object or array) may decode to a use. Every escape but \uXXXX
    // decodes to a character no use contains ('"', '\\', '/' or a control character), which also splits the text
    // around it: decoded text holds the suffix only if the raw text holds it as it is, or holds a \u escape.
    public static bool MayHoldUse(TapeValue element)
    {
        var raw = element.RawUtf8;
        return raw.IndexOf("__:value"u8) >= 0 || raw.IndexOf("\\u"u8) >= 0;
    }

    private static bool IsEncoded(TapeMember property)
    {
        return property.NameHasEscapes
            ? property.Name.EndsWith("_b64", StringComparison.Ordinal)
            : property.RawUtf8Name.EndsWith("_b64"u8);
    }

    private static string ToPointer(PointerPath path, List<(TapeMember? Property, int Index)> segments)
    {
        foreach (var (property, index) in segments)
        {
            path = property is { } named ? path.Append(named) : path.Append(index);
        }

        return path.ToString();
    }

    private static bool IsNameCharacter(int c) => c < 128 && (char.IsAsciiLetterOrDigit((char)c) || c is '_' or '-' or '.');
}
