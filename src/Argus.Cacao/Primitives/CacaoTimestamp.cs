using System.Numerics;

namespace Argus.Cacao.Primitives;

/// <summary>
/// A CACAO timestamp (spec section 10.16): an RFC 3339 date-time in UTC written
/// <c>yyyy-mm-ddThh:mm:ss[.s+]Z</c>, with a real calendar date.
/// </summary>
/// <remarks>
/// Parsing accepts any number of fraction digits and reports the count in <see cref="FractionDigits"/>, because
/// some properties (playbook, data-marking and signature <c>created</c>/<c>modified</c>) must have exactly three.
/// Digits beyond the seventh (100 ns) are kept in the count but not in <see cref="Value"/>. A leap second
/// (<c>23:59:60</c>) is accepted, as RFC 3339 allows, and stored as the last tick of <c>23:59:59</c>.
/// Lower-case <c>t</c>/<c>z</c>, numeric offsets and a decimal point without digits are rejected.
/// </remarks>
public readonly record struct CacaoTimestamp
{
    private CacaoTimestamp(DateTimeOffset value, int fractionDigits)
    {
        Value = value;
        FractionDigits = fractionDigits;
    }

    /// <summary>The instant, with offset zero.</summary>
    public DateTimeOffset Value { get; }

    /// <summary>How many digits follow the decimal point in seconds; 0 when there is no fraction.</summary>
    public int FractionDigits { get; }

    /// <summary>Parses <paramref name="text"/> as a CACAO timestamp.</summary>
    /// <param name="text">The candidate timestamp; null is not a timestamp.</param>
    /// <param name="timestamp">The parsed timestamp, or default when parsing fails.</param>
    /// <returns>True when <paramref name="text"/> is well formed and names a real date and time.</returns>
    public static bool TryParse(string? text, out CacaoTimestamp timestamp)
    {
        timestamp = default;
        return text is not null && TryParse(text.AsSpan(), out timestamp);
    }

    /// <summary>Parses the text of a timestamp without a string: UTF-16, or the unescaped UTF-8 of a JSON string.</summary>
    /// <remarks>
    /// A timestamp is ASCII and every position is checked against an ASCII character, so no other character, and
    /// no byte of a longer UTF-8 sequence, can pass.
    /// </remarks>
    internal static bool TryParse<TChar>(ReadOnlySpan<TChar> text, out CacaoTimestamp timestamp)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        timestamp = default;
        // yyyy-mm-ddThh:mm:ss is 19 characters, then an optional fraction, then Z.
        if (text.Length < 20 || At(text, text.Length - 1) != 'Z'
            || At(text, 4) != '-' || At(text, 7) != '-' || At(text, 10) != 'T' || At(text, 13) != ':' || At(text, 16) != ':')
        {
            return false;
        }

        if (!TryDigits(text, 0, 4, out var year) || !TryDigits(text, 5, 2, out var month)
            || !TryDigits(text, 8, 2, out var day) || !TryDigits(text, 11, 2, out var hour)
            || !TryDigits(text, 14, 2, out var minute) || !TryDigits(text, 17, 2, out var second))
        {
            return false;
        }

        if (!TryFraction(text.Slice(19, text.Length - 20), out var fractionDigits, out var ticks))
        {
            return false;
        }

        var isLeapSecond = second == 60 && hour == 23 && minute == 59;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 23 || minute > 59 || (second > 59 && !isLeapSecond))
        {
            return false;
        }

        var value = new DateTimeOffset(year, month, day, hour, minute, isLeapSecond ? 59 : second, TimeSpan.Zero);
        value = isLeapSecond ? value.AddTicks(TimeSpan.TicksPerSecond - 1) : value.AddTicks(ticks);
        timestamp = new CacaoTimestamp(value, fractionDigits);
        return true;
    }

    /// <inheritdoc />
    public override string ToString() =>
        Value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", System.Globalization.CultureInfo.InvariantCulture);

    private static int At<TChar>(ReadOnlySpan<TChar> text, int index)
        where TChar : unmanaged, IBinaryInteger<TChar> => int.CreateTruncating(text[index]);

    private static bool TryDigits<TChar>(ReadOnlySpan<TChar> text, int start, int count, out int value)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            var c = At(text, i);
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    // The part between the seconds and the Z: empty, or a point followed by one or more digits.
    private static bool TryFraction<TChar>(ReadOnlySpan<TChar> fraction, out int digits, out long ticks)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        digits = 0;
        ticks = 0;
        if (fraction.IsEmpty)
        {
            return true;
        }

        if (At(fraction, 0) != '.' || fraction.Length == 1)
        {
            return false;
        }

        long scale = TimeSpan.TicksPerSecond;
        for (var i = 1; i < fraction.Length; i++)
        {
            var c = At(fraction, i);
            if (c is < '0' or > '9')
            {
                return false;
            }

            scale /= 10;
            ticks += (c - '0') * scale;
            digits++;
        }

        return true;
    }
}
