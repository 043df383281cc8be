using System.Runtime.InteropServices;
using System.Text.Json;
using Argus.Cacao.Json;

namespace Argus.Cacao.Validation.Rules.Variables;

/// <summary>
/// Finds variable uses, <c>__name__:value</c>, inside strings (spec 10.18: names are prefixed and suffixed with two
/// underscores and used with the <c>:value</c> keyword). Names may contain '.', as SOARCA's do.
/// </summary>
internal static class VariableUses
{
    private const string Suffix = "__:value";

    /// <summary>The declared names (<c>__name__</c>) used in one string, in order, repeats included.</summary>
    public static IEnumerable<string> In(string text)
    {
        // Scans backwards from each "__:value" over name characters; ':' ends the scan, so the work stays linear.
        var searchFrom = 0;
        while (searchFrom < text.Length)
        {
            var suffix = text.IndexOf(Suffix, searchFrom, StringComparison.Ordinal);
            if (suffix < 0)
            {
                yield break;
            }

            var runStart = suffix;
            while (runStart > 0 && IsNameCharacter(text[runStart - 1]))
            {
                runStart--;
            }

            for (var k = runStart; k + 2 < suffix; k++)
            {
                if (text[k] == '_' && text[k + 1] == '_' && char.IsAsciiLetter(text[k + 2]))
                {
                    yield return string.Concat("__", text.AsSpan(k + 2, suffix - k - 2), "__");
                    break;
                }
            }

            searchFrom = suffix + Suffix.Length;
        }
    }

    /// <summary>
    /// Every variable use in the strings under <paramref name="element"/> with the JSON pointer of its string.
    /// Members whose name ends in <c>_b64</c> are skipped: their content is encoded and never substituted.
    /// </summary>
    public static IReadOnlyList<(string Path, string Name)> Under(JsonElement element, PointerPath path) =>
        Under(element, path, static _ => true);

    /// <summary>
    /// As <see cref="Under(JsonElement, PointerPath)"/>, keeping only the uses whose name <paramref name="keep"/>
    /// accepts: a pointer is made only for a string holding a kept use.
    /// </summary>
    public static IReadOnlyList<(string Path, string Name)> Under(JsonElement element, PointerPath path, Func<string, bool> keep)
    {
        // Paths are kept as segments and joined only for a string that holds a use: most values hold none.
        List<(string Path, string Name)>? uses = null;
        // The raw text of the whole value shows whether any string below it can hold a use: most hold none.
        if (element.ValueKind is not (JsonValueKind.String or JsonValueKind.Array or JsonValueKind.Object) || !MayHoldUse(element))
        {
            return [];
        }

        Collect(element, path, [], keep, ref uses);
        return uses is null ? [] : uses;
    }

    private static void Collect(JsonElement element, PointerPath path, List<(JsonProperty? Property, int Index)> segments,
        Func<string, bool> keep, ref List<(string Path, string Name)>? uses)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                if (!MayHoldUse(element))
                {
                    break;
                }

                string? pointer = null;
                HashSet<string>? seen = null;
                foreach (var name in In(element.GetString()!))
                {
                    seen ??= new HashSet<string>(StringComparer.Ordinal);
                    if (seen.Add(name) && keep(name))
                    {
                        pointer ??= ToPointer(path, segments);
                        (uses ??= []).Add((pointer, name));
                    }
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    segments.Add((null, index++));
                    Collect(item, path, segments, keep, ref uses);
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
                    Collect(property.Value, path, segments, keep, ref uses);
                    segments.RemoveAt(segments.Count - 1);
                }

                break;
            default:
                break;
        }
    }

    // The raw text (of a string, or of a whole object or array) holds the suffix unless it is written with escapes;
    // either way it is decoded and scanned.
    public static bool MayHoldUse(JsonElement element)
    {
        var raw = JsonMarshal.GetRawUtf8Value(element);
        return raw.IndexOf("__:value"u8) >= 0 || raw.IndexOf((byte)'\\') >= 0;
    }

    private static bool IsEncoded(JsonProperty property)
    {
        var raw = JsonMarshal.GetRawUtf8PropertyName(property);
        return raw.IndexOf((byte)'\\') >= 0
            ? property.Name.EndsWith("_b64", StringComparison.Ordinal)
            : raw.EndsWith("_b64"u8);
    }

    private static string ToPointer(PointerPath path, List<(JsonProperty? Property, int Index)> segments)
    {
        foreach (var (property, index) in segments)
        {
            path = property is { } named ? path.Append(named) : path.Append(index);
        }

        return path.ToString();
    }

    private static bool IsNameCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.';
}
