using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Unicode;

namespace Argus.Server.Http;

/// <summary>
/// Finds text in a parsed JSON document that cannot be decoded: bytes that are not UTF-8, and escaped lone UTF-16
/// surrogates such as <c>\ud800</c>. The parser accepts both, but reading either as a string throws, so a request
/// holding them is turned away before anything reads it.
/// </summary>
internal static class UndecodableJsonText
{
    /// <summary>True when a member name or string anywhere in <paramref name="element"/> cannot be decoded.</summary>
    /// <remarks>Recurses once per nesting level, which the parser's depth limit bounds.</remarks>
    public static bool IsIn(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return !Decodes(JsonMarshal.GetRawUtf8Value(element), element, static value => value.GetString());
            case JsonValueKind.Object:
                foreach (var member in element.EnumerateObject())
                {
                    if (!Decodes(JsonMarshal.GetRawUtf8PropertyName(member), member, static name => name.Name) || IsIn(member.Value))
                    {
                        return true;
                    }
                }

                return false;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (IsIn(item))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }

    // Unescaped UTF-8 decodes; an escape is decoded to find out, which throws for a lone surrogate.
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
