using Argus.Storage.Access;

namespace Argus.Storage.Playbooks;

/// <summary>A document to import with the Argus metadata to keep beside it.</summary>
/// <param name="Document">The UTF-8 JSON bytes, stored exactly as given.</param>
public sealed record ImportRequest(ReadOnlyMemory<byte> Document)
{
    /// <summary>The classification to store; when null it comes from the document's markings, else UNCLASSIFIED.</summary>
    public ClearanceLevel? Classification { get; init; }

    /// <value>Default <see cref="PlaybookStatus.Draft"/>.</value>
    public PlaybookStatus Status { get; init; } = PlaybookStatus.Draft;

    public string? VersionLabel { get; init; }

    /// <summary>The playbook's author as Argus knows them; the importer is the scope's user.</summary>
    public string? Author { get; init; }
}
