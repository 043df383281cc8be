using System.Buffers.Text;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Unicode;
using Argus.Cacao.Json.Tape;
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
    /// <param name="utf8Json">The document's bytes.</param>
    /// <param name="limits">The size and nesting limits.</param>
    /// <param name="reportsUndecodableStrings">Whether a string value that cannot be decoded (bytes that are not UTF-8,
    /// or an escaped lone UTF-16 surrogate such as <c>\ud800</c>) is an issue, as it is for member names. The parser
    /// accepts both, and reading such a value as text throws; a lossless reader keeps them raw instead.</param>
    public static JsonParseResult Parse(ReadOnlyMemory<byte> utf8Json, JsonInputLimits limits, bool reportsUndecodableStrings = false)
    {
        if (utf8Json.Length > limits.MaxDocumentBytes)
        {
            return JsonParseResult.Failed(Error(JsonPointer.Root, TooLargeCode,
                $"The document has {utf8Json.Length} bytes; the limit is {limits.MaxDocumentBytes}."));
        }

        // The parser's own duplicate check is much cheaper than a walk over the document (the common case). Text the
        // parser accepts but that does not decode (bytes that are not UTF-8, escaped lone surrogates) only the walk
        // finds, so a document that may hold some goes straight to it; so does one whose repeated name the parser
        // refuses. The walk reports each at its JSON pointer.
        if (!MayHoldUndecodableText(utf8Json.Span))
        {
            try
            {
                return new JsonParseResult(JsonDocument.Parse(utf8Json, Options(limits, allowDuplicates: false)), []);
            }
            catch (JsonException)
            {
                // Malformed or a duplicate name: the second parse below tells which.
            }
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

        return new JsonParseResult(document, Walk(document.RootElement, reportsUndecodableStrings));
    }

    /// <summary>
    /// Parses <paramref name="utf8Json"/> into a <see cref="JsonTape"/>, which does not check for repeated member names:
    /// that falls to the caller. Null when the input needs <see cref="Parse"/> to say what is wrong with it: oversize,
    /// malformed, or possibly holding text that cannot be decoded. On success the caller owns the returned tape, whose
    /// every member name and string decodes.
    /// </summary>
    public static JsonTape? TryParseUnchecked(ReadOnlyMemory<byte> utf8Json, JsonInputLimits limits) =>
        utf8Json.Length > limits.MaxDocumentBytes || MayHoldUndecodableText(utf8Json.Span)
            ? null
            : JsonTape.TryParse(utf8Json, limits.MaxDepth);

    // The parser accepts two kinds of text that do not decode: bytes that are not UTF-8 inside strings, and escaped
    // UTF-16 surrogates ("\ud800") without their pair. A high surrogate decodes only when the escape of a low one
    // follows it at once, and a low one only there, as System.Text.Json decodes them; a malformed escape is left to
    // the parser to reject. Both scans are vectorised (the search for backslashes stops only at escapes, a few per
    // document at most).
    private static bool MayHoldUndecodableText(ReadOnlySpan<byte> utf8Json)
    {
        if (!Utf8.IsValid(utf8Json))
        {
            return true;
        }

        var rest = utf8Json;
        for (var at = rest.IndexOf((byte)'\\'); at >= 0; at = rest.IndexOf((byte)'\\'))
        {
            // An escape: the character after the backslash is skipped, so that "\\" does not start another.
            rest = rest[(at + 1)..];
            if (TryReadUnitEscape(rest, out var unit) && char.IsSurrogate(unit))
            {
                // After "uXXXX" of a high surrogate, the pair's second half: "\uXXXX" of a low one.
                if (!char.IsHighSurrogate(unit) || rest.Length < 6 || rest[5] != (byte)'\\'
                    || !TryReadUnitEscape(rest[6..], out var low) || !char.IsLowSurrogate(low))
                {
                    return true;
                }

                rest = rest[11..];
                continue;
            }

            rest = rest.IsEmpty ? rest : rest[1..];
        }

        return false;
    }

    // The UTF-16 unit of "uXXXX", the text after a backslash; false when it is not such an escape.
    private static bool TryReadUnitEscape(ReadOnlySpan<byte> escape, out char unit)
    {
        unit = default;
        if (escape.Length < 5 || escape[0] != (byte)'u'
            || !Utf8Parser.TryParse(escape.Slice(1, 4), out ushort value, out var consumed, 'x') || consumed != 4)
        {
            return false;
        }

        unit = (char)value;
        return true;
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

    private static ImmutableArray<ValidationIssue> Walk(JsonElement root, bool reportsUndecodableStrings)
    {
        var walk = new DocumentWalk(reportsUndecodableStrings);
        walk.Visit(root);
        return walk.Issues?.ToImmutable() ?? [];
    }

    // Finds repeated member names, member names that do not decode and, when asked, string values that do not decode.
    // Member names are compared as the raw UTF-8 the document holds, so the common case allocates no strings: a name
    // is decoded only when it is escaped (two spellings may then mean the same name) or when an issue names it. The
    // path is a stack of members and indexes, joined only when an issue is reported; a member whose name does not
    // decode is reported at its object and not entered, so every name on the path decodes.
    private sealed class DocumentWalk(bool reportsUndecodableStrings)
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
                        if (item.ValueKind is JsonValueKind.Object or JsonValueKind.Array or JsonValueKind.String)
                        {
                            _segments.Add((default, index));
                            Visit(item);
                            _segments.RemoveAt(_segments.Count - 1);
                        }

                        index++;
                    }

                    break;
                case JsonValueKind.String when reportsUndecodableStrings:
                    CheckString(element);
                    break;
            }
        }

        private void CheckString(JsonElement value)
        {
            var raw = JsonMarshal.GetRawUtf8Value(value);
            if (!Utf8.IsValid(raw) || (raw.IndexOf((byte)'\\') >= 0 && !TryGetString(value)))
            {
                Add(Error(ToPointer(), InvalidUnicodeCode, $"This string {Undecodable(raw)}, which is not valid Unicode."));
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
                if (!Utf8.IsValid(raw) || (escaped && !TryGetName(property, out name)))
                {
                    Add(Error(ToPointer(), InvalidUnicodeCode,
                        $"A member name of this object {Undecodable(raw)}, which is not valid Unicode."));
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

                Visit(property.Value);

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

    // What is wrong with text that does not decode: its bytes, or else an escape.
    private static string Undecodable(ReadOnlySpan<byte> raw) =>
        Utf8.IsValid(raw) ? "escapes a lone UTF-16 surrogate" : "holds bytes that are not UTF-8";

    // The parser accepts text that is not UTF-8 and an escaped lone surrogate ("\ud800"), but decoding either as a
    // .NET string throws: these two decode a string value and a member name, false when that throws.
    private static bool TryGetString(JsonElement value)
    {
        try
        {
            _ = value.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

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
