using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace Argus.Server.Authorization;

/// <summary>The spelling of clearance levels and roles inside tokens (<c>TOP_SECRET</c>, <c>author</c>).</summary>
public static class ClaimValues
{
    private static readonly FrozenDictionary<string, ClassificationLevel> Levels =
        new Dictionary<string, ClassificationLevel>(StringComparer.OrdinalIgnoreCase)
        {
            ["UNCLASSIFIED"] = ClassificationLevel.Unclassified,
            ["RESTRICTED"] = ClassificationLevel.Restricted,
            ["CONFIDENTIAL"] = ClassificationLevel.Confidential,
            ["SECRET"] = ClassificationLevel.Secret,
            ["TOP_SECRET"] = ClassificationLevel.TopSecret,
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, Role> Roles =
        Enum.GetValues<Role>().ToFrozenDictionary(r => r.ToString(), StringComparer.OrdinalIgnoreCase);

    /// <summary>The token spelling of a level: <c>UNCLASSIFIED</c> … <c>TOP_SECRET</c>.</summary>
    public static string Format(ClassificationLevel level) => level switch
    {
        ClassificationLevel.Unclassified => "UNCLASSIFIED",
        ClassificationLevel.Restricted => "RESTRICTED",
        ClassificationLevel.Confidential => "CONFIDENTIAL",
        ClassificationLevel.Secret => "SECRET",
        ClassificationLevel.TopSecret => "TOP_SECRET",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Not a classification level."),
    };

    /// <summary>The token spelling of a role: lower case (<c>viewer</c>).</summary>
    public static string Format(Role role) => role.ToString().ToLowerInvariant();

    /// <summary>Reads a level, case-insensitively; <c>TOP-SECRET</c> and <c>top secret</c> are accepted too.</summary>
    public static bool TryParseLevel(string? value, out ClassificationLevel level)
    {
        level = default;
        return value is not null && Levels.TryGetValue(value.Trim().Replace('-', '_').Replace(' ', '_'), out level);
    }

    /// <summary>Reads a role name, case-insensitively.</summary>
    public static bool TryParseRole(string? value, [NotNullWhen(true)] out Role? role)
    {
        role = null;
        if (value is not null && Roles.TryGetValue(value.Trim(), out var found))
        {
            role = found;
        }

        return role is not null;
    }
}
