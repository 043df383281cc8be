using System.Collections.Immutable;
using Argus.Execution.Status;

namespace Argus.Execution.Engine;

/// <summary>What to run with: values for playbook variables (<c>__name__</c> to text), who observes, and for whom.</summary>
public sealed record ExecutionRequest
{
    public ImmutableDictionary<string, string> Variables { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Receives every change; the default is a fresh <see cref="InMemoryExecutionJournal"/>.</summary>
    public IExecutionObserver? Observer { get; init; }

    /// <summary>The execution's id when the caller already has one (a stored execution); a new id when null.</summary>
    public Guid? ExecutionId { get; init; }

    /// <summary>Passed to every capability: an EXERCISE run must not reach production tools.</summary>
    public ExecutionMode Mode { get; init; } = ExecutionMode.Live;

    /// <summary>The organisation the execution runs for (capabilities resolve configured endpoints with it).</summary>
    public string? Organisation { get; init; }

    /// <summary>
    /// The latest snapshot of every invocation earlier attempts of this execution reported (empty on the first
    /// attempt). The engine replays them by <see cref="StepInvocation.Key"/>: a finished invocation is not run again
    /// (its outputs go back into scope and its outcome routes); an unfinished one runs again under its record id.
    /// </summary>
    public ImmutableArray<StepInvocation> PriorInvocations { get; init; } = [];

    /// <summary>Which attempt of the execution this run is (1 for the first); named in the notes of re-run steps.</summary>
    /// <value>Default 1.</value>
    public int Attempt { get; init; } = 1;
}
