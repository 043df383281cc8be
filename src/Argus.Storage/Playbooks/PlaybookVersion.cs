using Argus.Storage.Access;

namespace Argus.Storage.Playbooks;

/// <summary>
/// One stored version of a playbook: its key (organisation, CACAO <c>id</c>, <c>modified</c>), the SHA-256 of the
/// bytes as imported, the extracted metadata and Argus's own metadata (never written into the document).
/// </summary>
public sealed record PlaybookVersion
{
    public required OrganisationId Organisation { get; init; }
    public required string PlaybookId { get; init; }

    /// <summary>The document's <c>modified</c> exactly as written in it.</summary>
    public required string Modified { get; init; }

    /// <summary>Lower-case hex SHA-256 of the stored bytes.</summary>
    public required string Sha256 { get; init; }

    public required int SizeBytes { get; init; }
    public required PlaybookMetadata Metadata { get; init; }
    public required ClearanceLevel Classification { get; init; }
    public required PlaybookStatus Status { get; init; }

    /// <summary>Argus's free-form version string (for example "1.2"), when one was given.</summary>
    public string? VersionLabel { get; init; }

    public string? Author { get; init; }
    public required string Importer { get; init; }
    public required DateTimeOffset ImportedAt { get; init; }
    public required string StatusChangedBy { get; init; }
    public required DateTimeOffset StatusChangedAt { get; init; }
}
