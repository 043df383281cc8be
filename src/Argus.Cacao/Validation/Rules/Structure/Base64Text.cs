namespace Argus.Cacao.Validation.Rules.Structure;

/// <summary>Strict checks of the base64 alphabets of RFC 4648 (no whitespace, no stray padding).</summary>
internal static class Base64Text
{
    /// <summary>Section 4: standard alphabet, length a multiple of 4, at most two '=' at the end.</summary>
    public static bool IsBase64(string text)
    {
        if (text.Length % 4 != 0)
        {
            return false;
        }

        var padding = text.EndsWith("==", StringComparison.Ordinal) ? 2 : text.EndsWith('=') ? 1 : 0;
        for (var i = 0; i < text.Length - padding; i++)
        {
            if (!IsStandard(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Section 5: URL-safe alphabet; padding is optional, a length of 1 mod 4 is impossible.</summary>
    public static bool IsBase64Url(string text)
    {
        var body = text.TrimEnd('=');
        if (text.Length - body.Length > 2 || body.Length % 4 == 1)
        {
            return false;
        }

        foreach (var c in body)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsStandard(char c) => char.IsAsciiLetterOrDigit(c) || c is '+' or '/';
}
