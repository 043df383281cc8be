using Argus.Cacao.Model;

namespace Argus.Execution.Playbooks;

/// <summary>Finds the playbook a playbook-action step calls. The library-backed resolver plugs in here.</summary>
public interface IPlaybookResolver
{
    /// <summary>The playbook with this id, and this <c>modified</c> version when one is given (else the newest).</summary>
    ValueTask<Playbook?> ResolveAsync(string playbookId, string? playbookVersion, CancellationToken cancellationToken);
}
