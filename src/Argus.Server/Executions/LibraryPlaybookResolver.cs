using Argus.Cacao.Model;
using Argus.Cacao.Serialization;
using Argus.Execution.Playbooks;
using Argus.Storage.Access;
using Argus.Storage.Playbooks;

namespace Argus.Server.Executions;

/// <summary>
/// Playbooks from the library under one execution's scope (its organisation and its requester's clearance): the
/// playbook it runs and every child a playbook-action step calls. A version the requester cannot see is not found.
/// Reads the stored bytes without an export audit event (running is audited at submission).
/// </summary>
internal sealed class LibraryPlaybookResolver(IPlaybookLibrary library, AccessScope scope) : IPlaybookResolver
{
    public async ValueTask<Playbook?> ResolveAsync(string playbookId, string? playbookVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(playbookId);
        var document = await library.ReadDocumentAsync(scope, playbookId, playbookVersion, cancellationToken).ConfigureAwait(false);
        return document is { } bytes && CacaoReader.Read(bytes) is CacaoReadResult.Parsed parsed ? parsed.Playbook : null;
    }
}
