using System.Collections.Immutable;

namespace Argus.Execution.Engine;

/// <summary>What to run with: values for playbook variables (<c>__name__</c> to text) and who observes.</summary>
public sealed record ExecutionRequest
{
    public ImmutableDictionary<string, string> Variables { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Receives every change; the default is a fresh <see cref="InMemoryExecutionJournal"/>.</summary>
    public IExecutionObserver? Observer { get; init; }
}
