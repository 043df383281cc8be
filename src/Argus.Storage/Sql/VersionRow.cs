using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Argus.Cacao.Validation;
using Argus.Storage.Access;
using Argus.Storage.Playbooks;

namespace Argus.Storage.Sql;

/// <summary>A <c>playbook_versions</c> row without the document, as Dapper reads it; <see cref="ToVersion"/> makes the public record.</summary>
internal sealed class VersionRow
{
    /// <summary>The SELECT list matching this class, for a FROM item aliased <c>v</c>.</summary>
    public const string Columns =
        """
        v.version_key AS VersionKey, v.organisation_id AS OrganisationId, v.playbook_id AS PlaybookId, v.modified AS Modified,
        v.modified_us AS ModifiedUs, v.sha256 AS Sha256, v.size_bytes AS SizeBytes, v.name AS Name, v.description AS Description,
        v.playbook_types AS PlaybookTypes, v.labels AS Labels, v.created AS Created, v.created_by AS CreatedBy, v.revoked AS Revoked,
        v.valid_from AS ValidFrom, v.valid_until AS ValidUntil, v.playbook_variables AS PlaybookVariables, v.markings AS Markings,
        v.processing_summary AS ProcessingSummary, v.step_count AS StepCount, v.validation_warnings AS ValidationWarnings,
        v.classification AS Classification, v.status AS Status, v.version_label AS VersionLabel, v.author AS Author,
        v.importer AS Importer, v.imported_us AS ImportedUs, v.status_changed_by AS StatusChangedBy, v.status_changed_us AS StatusChangedUs
        """;

    internal static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    public long VersionKey { get; set; }
    public string OrganisationId { get; set; } = "";
    public string PlaybookId { get; set; } = "";
    public string Modified { get; set; } = "";
    public long ModifiedUs { get; set; }
    public string Sha256 { get; set; } = "";
    public int SizeBytes { get; set; }
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public string PlaybookTypes { get; set; } = "[]";
    public string Labels { get; set; } = "[]";
    public string? Created { get; set; }
    public string? CreatedBy { get; set; }
    public bool Revoked { get; set; }
    public string? ValidFrom { get; set; }
    public string? ValidUntil { get; set; }
    public string PlaybookVariables { get; set; } = "[]";
    public string Markings { get; set; } = "[]";
    public string ProcessingSummary { get; set; } = "{}";
    public int StepCount { get; set; }
    public string ValidationWarnings { get; set; } = "[]";
    public int Classification { get; set; }
    public string Status { get; set; } = "";
    public string? VersionLabel { get; set; }
    public string? Author { get; set; }
    public string Importer { get; set; } = "";
    public long ImportedUs { get; set; }
    public string StatusChangedBy { get; set; } = "";
    public long StatusChangedUs { get; set; }

    public PlaybookVersion ToVersion() => new()
    {
        Organisation = Access.OrganisationId.From(OrganisationId),
        PlaybookId = PlaybookId,
        Modified = Modified,
        Sha256 = Sha256,
        SizeBytes = SizeBytes,
        Metadata = new PlaybookMetadata
        {
            Name = Name,
            Description = Description,
            PlaybookTypes = Read<ImmutableArray<string>>(PlaybookTypes),
            Labels = Read<ImmutableArray<string>>(Labels),
            Created = Created,
            CreatedBy = CreatedBy,
            Revoked = Revoked,
            ValidFrom = ValidFrom,
            ValidUntil = ValidUntil,
            Variables = Read<ImmutableArray<PlaybookVariable>>(PlaybookVariables),
            Markings = Read<ImmutableArray<string>>(Markings),
            ProcessingSummary = Read<ImmutableDictionary<string, bool>>(ProcessingSummary) ?? ImmutableDictionary<string, bool>.Empty,
            StepCount = StepCount,
            ValidationWarnings = Read<ImmutableArray<ValidationIssue>>(ValidationWarnings),
        },
        Classification = ClearanceLevelNames.IsDefined(Classification, out var level)
            ? level.Value
            : throw new InvalidOperationException($"Stored classification {Classification} is not on the ladder."),
        Status = PlaybookStatusNames.TryParse(Status, out var status)
            ? status
            : throw new InvalidOperationException($"Stored status '{Status}' is not a playbook status."),
        VersionLabel = VersionLabel,
        Author = Author,
        Importer = Importer,
        ImportedAt = MicroTime.To(ImportedUs),
        StatusChangedBy = StatusChangedBy,
        StatusChangedAt = MicroTime.To(StatusChangedUs),
    };

    internal static string Write<T>(T value) => JsonSerializer.Serialize(value, Json);

    private static T Read<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Json) ?? throw new InvalidOperationException("A stored metadata column holds JSON null.");
}
