using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Unicode;
using Argus.Cacao.Json;

namespace Argus.Cacao.Validation;

/// <summary>
/// JSON text held in a .NET string, turned into the UTF-8 bytes that <see cref="PlaybookValidator"/> and
/// <see cref="Serialization.CacaoReader"/> take.
/// </summary>
public static class JsonTextInput
{
    /// <summary>
    /// Encodes <paramref name="json"/> as UTF-8, refusing a lone UTF-16 surrogate instead of replacing it with U+FFFD
    /// as <see cref="Encoding.UTF8"/> does: the bytes would no longer say what the text said.
    /// </summary>
    /// <param name="json">The text, as received (an API argument, say).</param>
    /// <param name="utf8">The bytes, when every character has a UTF-8 form.</param>
    /// <param name="issue">Otherwise a <c>json.invalid-unicode</c> error naming the position of the first lone surrogate.</param>
    /// <returns>True when the text was encoded.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static bool TryEncode(string json, [NotNullWhen(true)] out byte[]? utf8, [NotNullWhen(false)] out ValidationIssue? issue)
    {
        ArgumentNullException.ThrowIfNull(json);
        // The replacing count is exact for text without lone surrogates, and large enough otherwise.
        var buffer = new byte[Encoding.UTF8.GetByteCount(json)];
        if (Utf8.FromUtf16(json, buffer, out var read, out _, replaceInvalidSequences: false) == OperationStatus.Done)
        {
            utf8 = buffer;
            issue = null;
            return true;
        }

        utf8 = null;
        issue = new ValidationIssue(JsonPointer.Root, SafeJsonParser.InvalidUnicodeCode, IssueSeverity.Error,
            $"The text holds a lone UTF-16 surrogate at position {read} (counting UTF-16 code units from 0), which is not valid Unicode.");
        return false;
    }
}
