using System.Text.Json;
using Argus.OpenC2.Validation;

namespace Argus.OpenC2.Serialization;

/// <summary>Parses untrusted bytes under size and depth limits, turning every parse failure into an issue.</summary>
internal static class SafeJson
{
    public static JsonDocument? Parse(ReadOnlyMemory<byte> utf8Json, OpenC2ValidationOptions options, out OpenC2Issue? issue)
    {
        issue = null;
        if (utf8Json.Length > options.MaxDocumentBytes)
        {
            issue = new OpenC2Issue("", OpenC2IssueCodes.TooLarge,
                $"The message has {utf8Json.Length} bytes; the limit is {options.MaxDocumentBytes}.");
            return null;
        }

        JsonDocument document;
        try
        {
            // I-JSON (RFC 7493), which LS v1.0 producers conform to, forbids duplicate member names.
            document = JsonDocument.Parse(utf8Json, new JsonDocumentOptions
            {
                MaxDepth = options.MaxDepth,
                AllowDuplicateProperties = false,
            });
        }
        catch (InvalidOperationException)
        {
            // The duplicate check decodes member names, and one does not decode (it escapes a lone surrogate, "\ud800").
            issue = new OpenC2Issue("", OpenC2IssueCodes.InvalidUnicode,
                "A member name is not valid Unicode (nor I-JSON): it escapes a lone UTF-16 surrogate.");
            return null;
        }
        catch (JsonException ex)
        {
            var duplicate = ex.Message.Contains("duplicate", StringComparison.OrdinalIgnoreCase);
            issue = new OpenC2Issue(ex.Path is { Length: > 0 } p ? ToPointer(p) : "",
                duplicate ? OpenC2IssueCodes.DuplicateMember : OpenC2IssueCodes.Malformed,
                utf8Json.Length == 0
                    ? "The message is empty: no JSON value."
                    : $"Not well-formed JSON (line {(ex.LineNumber ?? 0) + 1}, byte {(ex.BytePositionInLine ?? 0) + 1}).");
            return null;
        }

        // The parser accepts strings that do not decode, and reading one throws; I-JSON forbids them.
        if (IJsonText.FindUndecodable(document.RootElement) is { } pointer)
        {
            document.Dispose();
            issue = new OpenC2Issue(pointer, OpenC2IssueCodes.InvalidUnicode,
                "This text is not valid Unicode (nor I-JSON): it holds bytes that are not UTF-8 or escapes a lone UTF-16 surrogate.");
            return null;
        }

        return document;
    }

    // JsonException.Path is "$.a.b[0]" style; issues use JSON pointers.
    private static string ToPointer(string path) =>
        path.TrimStart('$').Replace("['", "/", StringComparison.Ordinal).Replace("']", "", StringComparison.Ordinal)
            .Replace('.', '/').Replace("[", "/", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal);
}
