using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Argus.Cacao.Json;

/// <summary>
/// The JSON Canonicalization Scheme of RFC 8785 (JCS): the byte form that CACAO signatures hash (CACAO 10.15,
/// Appendix A), and a way to decide whether two JSON documents are equal.
/// </summary>
/// <remarks>
/// Object members are sorted by the UTF-16 code units of their names; numbers are written as ECMAScript
/// <c>Number.prototype.toString</c> writes an IEEE 754 double; strings use the shortest escapes (only <c>"</c>,
/// <c>\</c> and control characters are escaped); no whitespace. The input must be I-JSON (RFC 7493): unique member
/// names, numbers within the double range, and strings of valid Unicode.
/// </remarks>
public static class JsonCanonicalizer
{
    /// <summary>Produces the canonical UTF-8 bytes of <paramref name="value"/>.</summary>
    /// <param name="value">Any JSON value.</param>
    /// <returns>The canonical form, UTF-8 encoded.</returns>
    /// <exception cref="ArgumentException">The value is not I-JSON: a number overflows a double, a member name repeats
    /// within an object, or a string holds a lone surrogate. Use <see cref="TryCanonicalize"/> for untrusted input.</exception>
    public static byte[] Canonicalize(JsonElement value) =>
        TryCanonicalize(value, out var canonical)
            ? canonical
            : throw new ArgumentException("The JSON value is not I-JSON (RFC 7493), so it has no RFC 8785 canonical form.", nameof(value));

    /// <summary>Produces the canonical UTF-8 bytes of <paramref name="value"/>, or reports that it has none.</summary>
    /// <param name="value">Any JSON value.</param>
    /// <param name="canonical">The canonical form, UTF-8 encoded, when the method returns true.</param>
    /// <returns>False when the value is not I-JSON (see <see cref="Canonicalize"/>).</returns>
    public static bool TryCanonicalize(JsonElement value, [NotNullWhen(true)] out byte[]? canonical)
    {
        var text = new StringBuilder();
        canonical = TryAppend(text, value) ? Encoding.UTF8.GetBytes(text.ToString()) : null;
        return canonical is not null;
    }

    /// <summary>Formats a finite double as ECMAScript <c>Number.prototype.toString</c> does (ECMA-262 Number::toString),
    /// as RFC 8785 section 3.2.2.3 requires.</summary>
    internal static string FormatNumber(double value)
    {
        if (value == 0)
        {
            return "0"; // both zeros, as ECMAScript does
        }

        // Since .NET Core 3.0 "R" yields the shortest digit string that round-trips, the digits ECMAScript wants;
        // only their layout differs.
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        var negative = text[0] == '-';
        if (negative)
        {
            text = text[1..];
        }

        var exponent = 0;
        var exponentAt = text.IndexOf('E', StringComparison.Ordinal);
        if (exponentAt >= 0)
        {
            exponent = int.Parse(text.AsSpan(exponentAt + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..exponentAt];
        }

        var pointAt = text.IndexOf('.', StringComparison.Ordinal);
        var digits = pointAt >= 0 ? string.Concat(text.AsSpan(0, pointAt), text.AsSpan(pointAt + 1)) : text;
        var integerDigits = pointAt >= 0 ? pointAt : text.Length;
        var leadingZeros = digits.Length - digits.TrimStart('0').Length;
        digits = digits.Trim('0');

        // value = 0.d1d2...dk * 10^n, the decomposition ECMA-262 Number::toString starts from.
        var n = integerDigits - leadingZeros + exponent;
        var k = digits.Length;
        var result = new StringBuilder(k + 8);
        if (negative)
        {
            result.Append('-');
        }

        if (k <= n && n <= 21)
        {
            result.Append(digits).Append('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            result.Append(digits, 0, n).Append('.').Append(digits, n, k - n);
        }
        else if (-6 < n && n <= 0)
        {
            result.Append("0.").Append('0', -n).Append(digits);
        }
        else
        {
            result.Append(digits[0]);
            if (k > 1)
            {
                result.Append('.').Append(digits, 1, k - 1);
            }

            result.Append('e').Append(n - 1 >= 0 ? '+' : '-').Append(Math.Abs(n - 1).ToString(CultureInfo.InvariantCulture));
        }

        return result.ToString();
    }

    private static bool TryAppend(StringBuilder text, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                return TryAppendObject(text, value);
            case JsonValueKind.Array:
                text.Append('[');
                var first = true;
                foreach (var item in value.EnumerateArray())
                {
                    if (!first)
                    {
                        text.Append(',');
                    }

                    first = false;
                    if (!TryAppend(text, item))
                    {
                        return false;
                    }
                }

                text.Append(']');
                return true;
            case JsonValueKind.String:
                return TryAppendString(text, value);
            case JsonValueKind.Number:
                var number = double.Parse(value.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture);
                if (!double.IsFinite(number))
                {
                    return false;
                }

                text.Append(FormatNumber(number));
                return true;
            case JsonValueKind.True:
                text.Append("true");
                return true;
            case JsonValueKind.False:
                text.Append("false");
                return true;
            case JsonValueKind.Null:
                text.Append("null");
                return true;
            default:
                return false;
        }
    }

    private static bool TryAppendObject(StringBuilder text, JsonElement value)
    {
        var members = new List<(string Name, JsonElement Value)>();
        foreach (var property in value.EnumerateObject())
        {
            if (!TryDecode(() => property.Name, out var name))
            {
                return false;
            }

            members.Add((name, property.Value));
        }

        members.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        text.Append('{');
        for (var i = 0; i < members.Count; i++)
        {
            if (i > 0)
            {
                if (string.Equals(members[i - 1].Name, members[i].Name, StringComparison.Ordinal))
                {
                    return false; // I-JSON forbids duplicate names; JCS leaves them undefined
                }

                text.Append(',');
            }

            AppendString(text, members[i].Name);
            text.Append(':');
            if (!TryAppend(text, members[i].Value))
            {
                return false;
            }
        }

        text.Append('}');
        return true;
    }

    private static bool TryAppendString(StringBuilder text, JsonElement value)
    {
        if (!TryDecode(value.GetString, out var decoded))
        {
            return false;
        }

        AppendString(text, decoded);
        return true;
    }

    // System.Text.Json throws InvalidOperationException for a string escaping a lone surrogate; I-JSON forbids those.
    private static bool TryDecode(Func<string?> decode, [NotNullWhen(true)] out string? decoded)
    {
        try
        {
            decoded = decode();
        }
        catch (InvalidOperationException)
        {
            decoded = null;
        }

        return decoded is not null;
    }

    private static void AppendString(StringBuilder text, string value)
    {
        text.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\b': text.Append("\\b"); break;
                case '\f': text.Append("\\f"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                case < ' ': text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
                default: text.Append(c); break;
            }
        }

        text.Append('"');
    }
}
