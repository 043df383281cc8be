using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using Argus.Cacao.Validation;

namespace Argus.Storage.Playbooks;

/// <summary>
/// Extracts the stored key and <see cref="PlaybookMetadata"/> from a parsed document. Tolerates any shape: a
/// property of the wrong type is treated as absent (the validator reports it); only the key is required here.
/// </summary>
internal static class PlaybookMetadataReader
{
    public const string MissingKeyCode = "storage.key-missing";

    public static bool TryReadKey(JsonElement root, out string id, out string modified, out DateTimeOffset modifiedAt, [NotNullWhen(false)] out ValidationIssue? issue)
    {
        id = String(root, "id") ?? "";
        modified = String(root, "modified") ?? "";
        modifiedAt = default;
        issue = null;
        if (id.Length == 0)
        {
            issue = new ValidationIssue("/id", MissingKeyCode, IssueSeverity.Error, "The library needs a string 'id' to store a playbook.");
            return false;
        }

        if (!DateTimeOffset.TryParse(modified, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out modifiedAt))
        {
            issue = new ValidationIssue("/modified", MissingKeyCode, IssueSeverity.Error,
                "The library needs a 'modified' timestamp to store a playbook version.");
            return false;
        }

        return true;
    }

    public static PlaybookMetadata Read(JsonElement root, ValidationReport report) => new()
    {
        Name = String(root, "name") ?? "",
        Description = String(root, "description"),
        PlaybookTypes = Strings(root, "playbook_types"),
        Labels = Strings(root, "labels"),
        Created = String(root, "created"),
        CreatedBy = String(root, "created_by"),
        Revoked = root.TryGetProperty("revoked", out var revoked) && revoked.ValueKind == JsonValueKind.True,
        ValidFrom = String(root, "valid_from"),
        ValidUntil = String(root, "valid_until"),
        Variables = Variables(root),
        Markings = Strings(root, "markings"),
        ProcessingSummary = ProcessingSummary(root),
        StepCount = root.TryGetProperty("workflow", out var workflow) && workflow.ValueKind == JsonValueKind.Object
            ? workflow.EnumerateObject().Count()
            : 0,
        ValidationWarnings = [.. report.Warnings],
    };

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static ImmutableArray<string> Strings(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return [.. array.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString() ?? "")];
    }

    private static ImmutableArray<PlaybookVariable> Variables(JsonElement root)
    {
        if (!root.TryGetProperty("playbook_variables", out var variables) || variables.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        return [.. variables.EnumerateObject()
            .Where(v => v.Value.ValueKind == JsonValueKind.Object)
            .Select(v => new PlaybookVariable(
                v.Name,
                String(v.Value, "type"),
                String(v.Value, "description"),
                v.Value.TryGetProperty("constant", out var constant) && constant.ValueKind == JsonValueKind.True,
                v.Value.TryGetProperty("external", out var external) && external.ValueKind == JsonValueKind.True))];
    }

    private static ImmutableDictionary<string, bool> ProcessingSummary(JsonElement root)
    {
        if (!root.TryGetProperty("playbook_processing_summary", out var summary) || summary.ValueKind != JsonValueKind.Object)
        {
            return ImmutableDictionary<string, bool>.Empty;
        }

        return summary.EnumerateObject()
            .Where(p => p.Value.ValueKind is JsonValueKind.True or JsonValueKind.False)
            .GroupBy(p => p.Name, StringComparer.Ordinal)
            .ToImmutableDictionary(g => g.Key, g => g.Last().Value.ValueKind == JsonValueKind.True, StringComparer.Ordinal);
    }
}
