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

        try
        {
            // I-JSON (RFC 7493), which LS v1.0 producers conform to, forbids duplicate member names.
            return JsonDocument.Parse(utf8Json, new JsonDocumentOptions
            {
                MaxDepth = options.MaxDepth,
                AllowDuplicateProperties = false,
            });
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
    }

    // JsonException.Path is "$.a.b[0]" style; issues use JSON pointers.
    private static string ToPointer(string path) =>
        path.TrimStart('$').Replace("['", "/", StringComparison.Ordinal).Replace("']", "", StringComparison.Ordinal)
            .Replace('.', '/').Replace("[", "/", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal);
}
