using System.Buffers;
using System.Text;

namespace Argus.Cacao.Validation.Rules.Structure;

/// <summary>
/// Strict checks of the base64 alphabets of RFC 4648 (no whitespace, no stray padding), on decoded text or on the
/// raw UTF-8 a document holds: both alphabets are ASCII, so valid text reads the same either way.
/// </summary>
internal static class Base64Text
{
    private const string Letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private const string Standard = Letters + "+/";
    private const string Url = Letters + "-_";

    private static readonly SearchValues<char> StandardChars = SearchValues.Create(Standard);
    private static readonly SearchValues<byte> StandardBytes = SearchValues.Create(Encoding.ASCII.GetBytes(Standard));
    private static readonly SearchValues<char> UrlChars = SearchValues.Create(Url);
    private static readonly SearchValues<byte> UrlBytes = SearchValues.Create(Encoding.ASCII.GetBytes(Url));

    /// <summary>Section 4: standard alphabet, length a multiple of 4, at most two '=' at the end.</summary>
    public static bool IsBase64(ReadOnlySpan<char> text) => IsPadded(text, '=', StandardChars);

    /// <inheritdoc cref="IsBase64(ReadOnlySpan{char})"/>
    public static bool IsBase64(ReadOnlySpan<byte> utf8) => IsPadded(utf8, (byte)'=', StandardBytes);

    /// <summary>Section 5: URL-safe alphabet; padding is optional, a length of 1 mod 4 is impossible.</summary>
    public static bool IsBase64Url(ReadOnlySpan<char> text) => IsOptionallyPadded(text, '=', UrlChars);

    /// <inheritdoc cref="IsBase64Url(ReadOnlySpan{char})"/>
    public static bool IsBase64Url(ReadOnlySpan<byte> utf8) => IsOptionallyPadded(utf8, (byte)'=', UrlBytes);

    private static bool IsPadded<T>(ReadOnlySpan<T> text, T pad, SearchValues<T> alphabet)
        where T : IEquatable<T>
    {
        if (text.Length % 4 != 0)
        {
            return false;
        }

        var padding = text.EndsWith([pad, pad]) ? 2 : text.EndsWith(pad) ? 1 : 0;
        return text[..^padding].IndexOfAnyExcept(alphabet) < 0;
    }

    private static bool IsOptionallyPadded<T>(ReadOnlySpan<T> text, T pad, SearchValues<T> alphabet)
        where T : IEquatable<T>
    {
        var body = text.TrimEnd(pad);
        return text.Length - body.Length <= 2 && body.Length % 4 != 1 && body.IndexOfAnyExcept(alphabet) < 0;
    }
}
