using System.Collections.Immutable;
using System.Text.Json;
using Argus.Cacao.Validation;

namespace Argus.Cacao.Json;

/// <summary>
/// Parses untrusted bytes into a <see cref="JsonDocument"/> under <see cref="JsonInputLimits"/>, reporting
/// malformed JSON, oversize or overdeep input and duplicate member names as issues instead of exceptions.
/// </summary>
internal static class SafeJsonParser
{
    internal const string MalformedCode = "json.malformed";
    internal const string TooLargeCode = "json.too-large";
    internal const string TooDeepCode = "json.too-deep";
    internal const string DuplicateKeyCode = "json.duplicate-key";
    internal const string InvalidUnicodeCode = "json.invalid-unicode";

    /// <summary>Parses <paramref name="utf8Json"/>; on success the caller owns the returned document.</summary>
    public static JsonParseResult Parse(ReadOnlyMemory<byte> utf8Json, JsonInputLimits limits)
    {
        if (utf8Json.Length > limits.MaxDocumentBytes)
        {
            return JsonParseResult.Failed(Error(JsonPointer.Root, TooLargeCode,
                $"The document has {utf8Json.Length} bytes; the limit is {limits.MaxDocumentBytes}."));
        }

        JsonDocument document;
        try
        {
            // Duplicates are allowed here and found by the walk below, which can name their JSON pointer.
            document = JsonDocument.Parse(utf8Json, new JsonDocumentOptions
            {
                MaxDepth = limits.MaxDepth,
                CommentHandling = JsonCommentHandling.Disallow,
                AllowTrailingCommas = false,
            });
        }
        catch (JsonException)
        {
            return JsonParseResult.Failed(DescribeParseFailure(utf8Json.Span, limits));
        }

        var duplicates = ImmutableArray.CreateBuilder<ValidationIssue>();
        FindDuplicateKeys(document.RootElement, [], [], duplicates);
        return new JsonParseResult(document, duplicates.ToImmutable());
    }

    private static ValidationIssue DescribeParseFailure(ReadOnlySpan<byte> utf8Json, JsonInputLimits limits)
    {
        // Only reached on failure: re-scan to say precisely what is wrong and where.
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = limits.MaxDepth + 2 });
        try
        {
            while (reader.Read())
            {
                if (reader.CurrentDepth >= limits.MaxDepth)
                {
                    return Error(JsonPointer.Root, TooDeepCode,
                        $"Nesting exceeds {limits.MaxDepth} levels at byte {reader.TokenStartIndex}.");
                }
            }
        }
        catch (JsonException ex)
        {
            return Error(JsonPointer.Root, MalformedCode,
                $"Malformed JSON at line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1} of that line.");
        }

        return Error(JsonPointer.Root, MalformedCode, "The input is not a single well-formed JSON value.");
    }

    // Segments are kept on a stack and joined only when a duplicate is found: the common case allocates no paths.
    // One name set per nesting depth is cleared and reused, rather than one allocated per object.
    private static void FindDuplicateKeys(JsonElement element, List<(string? Name, int Index)> segments,
        List<HashSet<string>> namesByDepth, ImmutableArray<ValidationIssue>.Builder issues)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var depth = segments.Count;
                while (namesByDepth.Count <= depth)
                {
                    namesByDepth.Add(new HashSet<string>(StringComparer.Ordinal));
                }

                foreach (var property in element.EnumerateObject())
                {
                    if (!TryGetName(property, out var name))
                    {
                        issues.Add(Error(ToPointer(segments), InvalidUnicodeCode,
                            "A member name of this object escapes a lone UTF-16 surrogate, which is not valid Unicode."));
                        continue;
                    }

                    segments.Add((name, 0));
                    if (!namesByDepth[depth].Add(name))
                    {
                        issues.Add(Error(ToPointer(segments), DuplicateKeyCode,
                            $"The member name '{property.Name}' appears more than once in the same object."));
                    }

                    FindDuplicateKeys(property.Value, segments, namesByDepth, issues);
                    segments.RemoveAt(segments.Count - 1);
                }

                namesByDepth[depth].Clear();
                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    segments.Add((null, index++));
                    FindDuplicateKeys(item, segments, namesByDepth, issues);
                    segments.RemoveAt(segments.Count - 1);
                }

                break;
        }
    }

    // The parser accepts an escaped lone surrogate ("\ud800"), but decoding it as a .NET string throws.
    private static bool TryGetName(JsonProperty property, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? name)
    {
        try
        {
            name = property.Name;
            return true;
        }
        catch (InvalidOperationException)
        {
            name = null;
            return false;
        }
    }

    private static string ToPointer(List<(string? Name, int Index)> segments)
    {
        var path = JsonPointer.Root;
        foreach (var (name, index) in segments)
        {
            path = name is null ? JsonPointer.Append(path, index) : JsonPointer.Append(path, name);
        }

        return path;
    }

    private static ValidationIssue Error(string path, string code, string message) =>
        new(path, code, IssueSeverity.Error, message);
}
