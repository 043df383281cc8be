using System.Text.Json;
using System.Text.RegularExpressions;
using Argus.Storage.Access;

namespace Argus.Storage.Classification;

/// <summary>
/// Reads a playbook's classification from its <c>data_marking_definitions</c>: a <c>marking-statement</c> whose
/// statement names a level ("SECRET", "CLASSIFICATION: SECRET"), or a marking extension carrying a <c>level</c>
/// (Argus's own marking, option D of the sharing notes). The highest level found wins.
/// </summary>
/// <remarks>
/// Every definition counts, referenced from <c>markings</c> or not: a level written anywhere in the document's
/// markings must not be stored lower than it says.
/// </remarks>
internal static partial class MarkingClassification
{
    public static ClearanceLevel? Find(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("data_marking_definitions", out var definitions)
            || definitions.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        ClearanceLevel? highest = null;
        foreach (var definition in definitions.EnumerateObject())
        {
            if (definition.Value.ValueKind == JsonValueKind.Object)
            {
                highest = Max(highest, FromStatement(definition.Value));
                highest = Max(highest, FromExtensions(definition.Value));
            }
        }

        return highest;
    }

    private static ClearanceLevel? FromStatement(JsonElement marking)
    {
        if (!IsString(marking, "type", out var type) || type != "marking-statement"
            || !IsString(marking, "statement", out var statement))
        {
            return null;
        }

        var match = StatementPattern().Match(statement);
        return match.Success && ClearanceLevelNames.TryParse(match.Groups["level"].Value, out var level) ? level : null;
    }

    private static ClearanceLevel? FromExtensions(JsonElement marking)
    {
        if (!marking.TryGetProperty("marking_extensions", out var extensions) || extensions.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        ClearanceLevel? highest = null;
        foreach (var extension in extensions.EnumerateObject())
        {
            if (extension.Value.ValueKind == JsonValueKind.Object
                && IsString(extension.Value, "level", out var text)
                && ClearanceLevelNames.TryParse(text, out var level))
            {
                highest = Max(highest, level);
            }
        }

        return highest;
    }

    private static bool IsString(JsonElement element, string name, out string value)
    {
        value = "";
        if (element.TryGetProperty(name, out var property) && property.ValueKind == JsonValueKind.String)
        {
            value = property.GetString() ?? "";
            return true;
        }

        return false;
    }

    private static ClearanceLevel? Max(ClearanceLevel? a, ClearanceLevel? b) =>
        a is null ? b : b is null ? a : (ClearanceLevel)Math.Max((int)a.Value, (int)b.Value);

    // The statement must begin with the level (optionally after "CLASSIFICATION:"), so a copyright line that
    // happens to contain the word "secret" is not a classification.
    [GeneratedRegex(@"^\s*(?:CLASSIFICATION\s*:\s*)?(?<level>TOP[ _-]SECRET|SECRET|CONFIDENTIAL|RESTRICTED|UNCLASSIFIED)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StatementPattern();
}
