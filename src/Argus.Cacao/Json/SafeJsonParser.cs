using System.Collections.Immutable;
using System.Runtime.InteropServices;
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

        // The parser's own duplicate check is much cheaper than a walk over the document, and it decodes every escaped
        // name, so a document it accepts has neither duplicates nor undecodable names (the common case). Otherwise
        // parse again allowing both and walk the document to report each at its JSON pointer.
        try
        {
            return new JsonParseResult(JsonDocument.Parse(utf8Json, Options(limits, allowDuplicates: false)), []);
        }
        catch (JsonException)
        {
            // Malformed or a duplicate name: the second parse below tells which.
        }
        catch (InvalidOperationException)
        {
            // An escaped lone surrogate in a member name ("\ud800"), which the duplicate check cannot decode.
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json, Options(limits, allowDuplicates: true));
        }
        catch (JsonException)
        {
            return JsonParseResult.Failed(DescribeParseFailure(utf8Json.Span, limits));
        }

        return new JsonParseResult(document, FindDuplicateKeys(document.RootElement));
    }

    /// <summary>
    /// Parses <paramref name="utf8Json"/> without the parser's check for repeated member names, which then falls to
    /// the caller, as does decoding escaped names; null when the input needs <see cref="Parse"/> to say what is
    /// wrong with it: oversize or malformed. On success the caller owns the returned document.
    /// </summary>
    public static JsonDocument? TryParseUnchecked(ReadOnlyMemory<byte> utf8Json, JsonInputLimits limits)
    {
        if (utf8Json.Length > limits.MaxDocumentBytes)
        {
            return null;
        }

        try
        {
            return JsonDocument.Parse(utf8Json, Options(limits, allowDuplicates: true));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static JsonDocumentOptions Options(JsonInputLimits limits, bool allowDuplicates) => new()
    {
        MaxDepth = limits.MaxDepth,
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
        AllowDuplicateProperties = allowDuplicates,
    };

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

    // Objects with more members than this switch from pairwise name comparison to a hash set, which bounds the
    // walk for hostile objects with thousands of members; real CACAO objects have a few dozen at most.
    private const int PairwiseLimit = 32;

    private static ImmutableArray<ValidationIssue> FindDuplicateKeys(JsonElement root)
    {
        var walk = new DuplicateKeyWalk();
        walk.Visit(root);
        return walk.Issues?.ToImmutable() ?? [];
    }

    // Member names are compared as the raw UTF-8 the document holds, so the common case allocates no strings: a name
    // is decoded only when it is escaped (two spellings may then mean the same name) or when an issue names it. The
    // path is a stack of members and indexes, joined only when an issue is reported.
    private sealed class DuplicateKeyWalk
    {
        private readonly List<(JsonProperty Member, int Index)> _segments = [];
        private readonly List<List<JsonProperty>> _membersByDepth = [];
        private readonly List<HashSet<string>> _namesByDepth = [];

        public ImmutableArray<ValidationIssue>.Builder? Issues { get; private set; }

        public void Visit(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    VisitObject(element);
                    break;
                case JsonValueKind.Array:
                    var index = 0;
                    foreach (var item in element.EnumerateArray())
                    {
                        if (item.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
                        {
                            _segments.Add((default, index));
                            Visit(item);
                            _segments.RemoveAt(_segments.Count - 1);
                        }

                        index++;
                    }

                    break;
            }
        }

        private void VisitObject(JsonElement element)
        {
            var depth = _segments.Count;
            while (_membersByDepth.Count <= depth)
            {
                _membersByDepth.Add([]);
                _namesByDepth.Add(new HashSet<string>(StringComparer.Ordinal));
            }

            var members = _membersByDepth[depth];
            var names = _namesByDepth[depth];
            var hashed = false;
            foreach (var property in element.EnumerateObject())
            {
                var raw = JsonMarshal.GetRawUtf8PropertyName(property);
                var escaped = raw.IndexOf((byte)'\\') >= 0;
                string? name = null;
                if (escaped && !TryGetName(property, out name))
                {
                    Add(Error(ToPointer(), InvalidUnicodeCode,
                        "A member name of this object escapes a lone UTF-16 surrogate, which is not valid Unicode."));
                    continue;
                }

                _segments.Add((property, -1));
                bool duplicate;
                if (!hashed && members.Count < PairwiseLimit)
                {
                    duplicate = IsAmong(property, raw, escaped, members);
                    members.Add(property);
                }
                else
                {
                    if (!hashed)
                    {
                        hashed = true;
                        foreach (var earlier in members)
                        {
                            names.Add(earlier.Name);
                        }
                    }

                    duplicate = !names.Add(name ?? property.Name);
                }

                if (duplicate)
                {
                    Add(Error(ToPointer(), DuplicateKeyCode,
                        $"The member name '{property.Name}' appears more than once in the same object."));
                }

                if (property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
                {
                    Visit(property.Value);
                }

                _segments.RemoveAt(_segments.Count - 1);
            }

            members.Clear();
            names.Clear();
        }

        private static bool IsAmong(JsonProperty property, ReadOnlySpan<byte> raw, bool escaped, List<JsonProperty> members)
        {
            foreach (var earlier in members)
            {
                var earlierRaw = JsonMarshal.GetRawUtf8PropertyName(earlier);
                if (raw.SequenceEqual(earlierRaw))
                {
                    return true;
                }

                // Escapes give one name several spellings; a name that reached this list decodes without error.
                if ((escaped || earlierRaw.IndexOf((byte)'\\') >= 0) && property.NameEquals(earlier.Name))
                {
                    return true;
                }
            }

            return false;
        }

        private void Add(ValidationIssue issue) => (Issues ??= ImmutableArray.CreateBuilder<ValidationIssue>()).Add(issue);

        private string ToPointer()
        {
            var path = JsonPointer.Root;
            foreach (var (member, index) in _segments)
            {
                path = index < 0 ? JsonPointer.Append(path, member.Name) : JsonPointer.Append(path, index);
            }

            return path;
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

    private static ValidationIssue Error(string path, string code, string message) =>
        new(path, code, IssueSeverity.Error, message);
}
