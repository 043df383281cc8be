using System.Collections.Immutable;
using Argus.Cacao.Model;

namespace Argus.Execution.Playbooks;

/// <summary>Resolves over a fixed set of playbooks (for <c>argus run</c> and tests). Versions are <c>modified</c>.</summary>
public sealed class InMemoryPlaybookResolver : IPlaybookResolver
{
    private readonly ImmutableArray<Playbook> _playbooks;

    public InMemoryPlaybookResolver(IEnumerable<Playbook> playbooks) => _playbooks = [.. playbooks];

    public static InMemoryPlaybookResolver Empty { get; } = new([]);

    public ValueTask<Playbook?> ResolveAsync(string playbookId, string? playbookVersion, CancellationToken cancellationToken)
    {
        var found = _playbooks
            .Where(p => p.Id == playbookId && (playbookVersion is null || p.Modified == playbookVersion))
            .OrderByDescending(p => p.Modified, StringComparer.Ordinal)
            .FirstOrDefault();
        return ValueTask.FromResult(found);
    }
}
