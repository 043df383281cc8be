using System.Globalization;

namespace Argus.Cli.Commands;

/// <summary>Reads durations written as <c>90s</c>, <c>30m</c>, <c>8h</c>, <c>7d</c> or <c>hh:mm:ss</c>.</summary>
internal static class DurationText
{
    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim();
        var unit = char.ToLowerInvariant(trimmed[^1]);
        if (unit is 's' or 'm' or 'h' or 'd'
            && double.TryParse(trimmed[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var amount)
            && amount > 0 && amount <= 3650 * 24 * 60 * 60)
        {
            duration = unit switch
            {
                's' => TimeSpan.FromSeconds(amount),
                'm' => TimeSpan.FromMinutes(amount),
                'h' => TimeSpan.FromHours(amount),
                _ => TimeSpan.FromDays(amount),
            };
        }
        else if (TimeSpan.TryParse(trimmed, CultureInfo.InvariantCulture, out var parsed))
        {
            duration = parsed;
        }

        return duration > TimeSpan.Zero && duration <= TimeSpan.FromDays(3650);
    }
}
