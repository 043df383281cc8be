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
    public static IEnumerable<(string Path, string Name)> Under(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                foreach (var name in In(element.GetString()!).Distinct(StringComparer.Ordinal))
                {
                    yield return (path, name);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    foreach (var use in Under(item, JsonPointer.Append(path, index)))
                    {
                        yield return use;
                    }

                    index++;
                }

                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name.EndsWith("_b64", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    foreach (var use in Under(property.Value, JsonPointer.Append(path, property.Name)))
                    {
                        yield return use;
                    }
                }

                break;
            default:
                break;
        }
    }

    private static bool IsNameCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.';
}
