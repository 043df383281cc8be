using System.Collections.Immutable;

namespace Argus.Storage.Executions;

/// <summary>
/// A worker's claim on one execution until <see cref="ExpiresAt"/> (renewed while it runs). Every write a worker
/// makes carries its lease; a write with a lease that is no longer held changes nothing and reports it.
/// </summary>
public sealed record ExecutionLease
{
    public required string WorkerId { get; init; }
    public required StoredExecution Execution { get; init; }
    public required DateTimeOffset ExpiresAt { get; init; }

    /// <summary>The invocations earlier attempts stored (empty on the first attempt): the engine replays them.</summary>
    public required ImmutableArray<StoredStepInvocation> PriorInvocations { get; init; }

    /// <summary>Manual requests of earlier attempts, answered or not.</summary>
    public ImmutableArray<StoredManualRequest> PriorManualRequests { get; init; } = [];
}
