using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Unicode;

namespace Argus.OpenC2.Serialization;

/// <summary>
/// The rule of I-JSON (RFC 7493 §2.1), which OpenC2 messages follow, that <see cref="JsonDocument"/> does not check:
/// every string and member name is Unicode text. The parser accepts bytes that are not UTF-8 and escaped lone UTF-16
/// surrogates such as <c>\ud800</c>, and reading either as a string then throws <see cref="InvalidOperationException"/>.
/// </summary>
public static class IJsonText
{
    /// <summary>
    /// The JSON pointer of the first string that cannot be decoded, or of the object holding the first member name that
    /// cannot be; null when all text decodes. Every name on a returned pointer has decoded.
    /// </summary>
    /// <param name="element">A parsed value; recursion is one level per nesting level, which the parser's depth limit bounds.</param>
    /// <remarks>The pointer is built on the way back from what was found, so text that decodes costs no allocation.</remarks>
    public static string? FindUndecodable(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return Decodes(JsonMarshal.GetRawUtf8Value(element), element, static value => value.GetString()) ? null : "";
            case JsonValueKind.Object:
                foreach (var member in element.EnumerateObject())
                {
                    if (!Decodes(JsonMarshal.GetRawUtf8PropertyName(member), member, static name => name.Name))
                    {
                        return "";
                    }

                    if (FindUndecodable(member.Value) is { } below)
                    {
                        return "/" + member.Name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal) + below;
                    }
                }

                return null;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (FindUndecodable(item) is { } below)
                    {
                        return "/" + index.ToString(CultureInfo.InvariantCulture) + below;
                    }

                    index++;
                }

                return null;
            default:
                return null;
        }
    }

    // Text without escapes decodes when it is UTF-8; an escape is decoded to find out, which throws for a lone surrogate.
    private static bool Decodes<T>(ReadOnlySpan<byte> raw, T owner, Func<T, string?> decode)
    {
        if (!Utf8.IsValid(raw))
        {
            return false;
        }

        if (raw.IndexOf((byte)'\\') < 0)
        {
            return true;
        }

        try
        {
            _ = decode(owner);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
