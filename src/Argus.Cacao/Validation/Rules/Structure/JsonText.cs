using System.Text.Json;

namespace Argus.Cacao.Validation.Rules.Structure;

/// <summary>How messages name JSON values: kinds in words, and strings quoted and shortened.</summary>
internal static class JsonText
{
    // Messages name the bad value, but hostile input can hold megabyte strings.
    private const int MaxQuotedLength = 80;

    public static string Kind(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    public static string Quote(string value) => value.Length <= MaxQuotedLength
        ? string.Concat("'", value, "'")
        : $"'{value.AsSpan(0, MaxQuotedLength)}…' ({value.Length} characters)";

    /// <summary>The text of a string element; callers check <see cref="JsonValueKind.String"/> first, so it is never null.</summary>
    public static string StringOf(JsonElement value) => value.GetString() ?? string.Empty;

    public static void Mismatch(ValidationContext context, string path, string expected, JsonElement actual) =>
        context.Error(path, ValidationCodes.TypeMismatch, $"Expected {expected} but found {Kind(actual.ValueKind)}.");
}
