using System.Text;
using System.Text.Json;
using Argus.Cacao.Json;
using Argus.Cacao.Json.Tape;

namespace Argus.Cacao.Validation.Rules.Structure;

/// <summary>How messages name JSON values: kinds in words, and strings quoted and shortened.</summary>
internal static class JsonText
{
    // Messages name the bad value, but hostile input can hold megabyte strings.
    private const int MaxQuotedLength = 80;

    /// <summary>Room for the short strings checked on the stack: identifiers, timestamps, vocabulary values.</summary>
    public const int StackLength = 128;

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
    public static string StringOf(TapeValue value) => value.GetString() ?? string.Empty;

    /// <summary>
    /// A string element's UTF-8 between its quotes; false when it holds an escape (then read it with
    /// <see cref="StringOf"/>), true when it is the text itself. Callers check <see cref="JsonValueKind.String"/>.
    /// </summary>
    public static bool TryGetUnescaped(TapeValue value, out ReadOnlySpan<byte> utf8)
    {
        utf8 = value.RawUtf8[1..^1];
        return !value.HasEscapes;
    }

    /// <summary>
    /// Decodes a string element into <paramref name="buffer"/> without allocating; false when its text is escaped or
    /// longer than the buffer (then read it with <see cref="StringOf"/>). Callers check <see cref="JsonValueKind.String"/>.
    /// </summary>
    public static bool TryCopy(TapeValue value, Span<char> buffer, out int length)
    {
        // A UTF-8 text never has more UTF-16 units than bytes; the input was checked to be valid UTF-8 before parsing.
        if (!TryGetUnescaped(value, out var utf8) || utf8.Length > buffer.Length)
        {
            length = 0;
            return false;
        }

        length = Encoding.UTF8.GetChars(utf8, buffer);
        return true;
    }

    /// <summary>
    /// Reports a value of the wrong JSON type. No shape reads below such a value, so its content goes to the proof
    /// of unique member names instead.
    /// </summary>
    public static void Mismatch(ValidationContext context, PointerPath path, string expected, TapeValue actual)
    {
        context.Error(path, ValidationCodes.TypeMismatch, $"Expected {expected} but found {Kind(actual.ValueKind)}.");
        context.UniqueNames.CheckAll(actual);
    }
}
