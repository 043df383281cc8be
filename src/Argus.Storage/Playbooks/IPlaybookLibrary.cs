using System.Collections.Immutable;
using Argus.Storage.Access;

namespace Argus.Storage.Playbooks;

/// <summary>
/// The playbook library. Every method takes the caller's <see cref="AccessScope"/>: nothing of another organisation
/// or above the caller's clearance is ever returned, and a hidden version is indistinguishable from a missing one.
/// </summary>
public interface IPlaybookLibrary
{
    /// <summary>Validates and stores a document in one transaction with its audit event; see <see cref="ImportResult"/>.</summary>
    Task<ImportResult> ImportAsync(AccessScope scope, ImportRequest request, CancellationToken cancellationToken);

    /// <summary>One version (<paramref name="modified"/> as written in the document), or the latest visible when null.</summary>
    Task<PlaybookVersion?> GetAsync(AccessScope scope, string playbookId, string? modified, CancellationToken cancellationToken);

    Task<PlaybookPage> ListAsync(AccessScope scope, PlaybookQuery query, CancellationToken cancellationToken);

    /// <summary>Every visible version of a playbook, newest first; empty when none is visible.</summary>
    Task<ImmutableArray<PlaybookVersion>> GetVersionsAsync(AccessScope scope, string playbookId, CancellationToken cancellationToken);

    Task<LibraryStatistics> GetStatisticsAsync(AccessScope scope, CancellationToken cancellationToken);

    /// <summary>
    /// The stored bytes of a visible version (the latest visible when <paramref name="modified"/> is null), or null
    /// when none is visible. Writes no audit event: it is for Argus's own reads (the API's <c>document</c> field, the
    /// execution worker loading a playbook); a document leaving Argus goes through <see cref="ExportAsync"/>.
    /// </summary>
    Task<ReadOnlyMemory<byte>?> ReadDocumentAsync(AccessScope scope, string playbookId, string? modified, CancellationToken cancellationToken);

    /// <summary>The document of a version as a CACAO v2.0 document; writes an "interop export" audit event.</summary>
    Task<ExportResult> ExportAsync(AccessScope scope, ExportRequest request, CancellationToken cancellationToken);

    /// <summary>Changes the status of one version, recording who and when (and an audit event).</summary>
    Task<StatusChangeResult> SetStatusAsync(
        AccessScope scope, string playbookId, string modified, PlaybookStatus status, CancellationToken cancellationToken);
}
