using System.Diagnostics.CodeAnalysis;

namespace Argus.Storage.Access;

/// <summary>The ladder's written names (<c>UNCLASSIFIED</c> … <c>TOP_SECRET</c>) and their parsing.</summary>
public static class ClearanceLevelNames
{
    /// <summary>Every level, lowest first.</summary>
    public static IReadOnlyList<ClearanceLevel> Ladder { get; } =
        [ClearanceLevel.Unclassified, ClearanceLevel.Restricted, ClearanceLevel.Confidential, ClearanceLevel.Secret, ClearanceLevel.TopSecret];

    /// <summary>The canonical name: <c>UNCLASSIFIED</c>, <c>RESTRICTED</c>, <c>CONFIDENTIAL</c>, <c>SECRET</c>, <c>TOP_SECRET</c>.</summary>
    public static string ToName(this ClearanceLevel level) => level switch
    {
        ClearanceLevel.Unclassified => "UNCLASSIFIED",
        ClearanceLevel.Restricted => "RESTRICTED",
        ClearanceLevel.Confidential => "CONFIDENTIAL",
        ClearanceLevel.Secret => "SECRET",
        ClearanceLevel.TopSecret => "TOP_SECRET",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Not a level of the ladder."),
    };

    /// <summary>
    /// Parses a level name, case-insensitively; <c>TOP SECRET</c>, <c>TOP-SECRET</c> and <c>TOP_SECRET</c> are the same.
    /// </summary>
    public static bool TryParse(string? text, out ClearanceLevel level)
    {
        var normalised = text?.Trim().ToUpperInvariant().Replace(' ', '_').Replace('-', '_');
        ClearanceLevel? found = normalised switch
        {
            "UNCLASSIFIED" => ClearanceLevel.Unclassified,
            "RESTRICTED" => ClearanceLevel.Restricted,
            "CONFIDENTIAL" => ClearanceLevel.Confidential,
            "SECRET" => ClearanceLevel.Secret,
            "TOP_SECRET" => ClearanceLevel.TopSecret,
            _ => null,
        };
        level = found.GetValueOrDefault();
        return found.HasValue;
    }

    /// <summary>True when <paramref name="rank"/> is the stored rank of a level.</summary>
    public static bool IsDefined(int rank, [NotNullWhen(true)] out ClearanceLevel? level)
    {
        level = rank is >= 0 and <= 4 ? (ClearanceLevel)rank : null;
        return level.HasValue;
    }
}
