using System.Collections.Immutable;

namespace Argus.Storage.Executions;

/// <summary>
/// The workers' side: claim executions of every organisation under a lease and persist every transition. Several
/// processes may share one database; each execution is run by one lease holder at a time (on PostgreSQL claims use
/// <c>FOR UPDATE SKIP LOCKED</c>). Not for operators: it bypasses organisation scoping by design.
/// </summary>
public interface IExecutionWorkQueue
{
    /// <summary>
    /// Claims up to <paramref name="maxCount"/> executions that are pending, or running with an expired lease (a
    /// crashed worker's), oldest first: state Running, attempt + 1, lease until now + <paramref name="leaseDuration"/>.
    /// </summary>
    Task<ImmutableArray<ExecutionLease>> ClaimAsync(
        string workerId, int maxCount, TimeSpan leaseDuration, CancellationToken cancellationToken);

    Task<LeaseRenewal> RenewAsync(ExecutionLease lease, TimeSpan leaseDuration, CancellationToken cancellationToken);

    /// <summary>Inserts or replaces (by record id) one invocation snapshot; false when the lease is lost.</summary>
    Task<bool> SaveInvocationAsync(ExecutionLease lease, StoredStepInvocation invocation, CancellationToken cancellationToken);

    /// <summary>Stores a manual request of the running attempt; false when the lease is lost.</summary>
    Task<bool> SaveManualRequestAsync(ExecutionLease lease, StoredManualRequest request, CancellationToken cancellationToken);

    /// <summary>Answers given since the lease's requests were stored (each returned until <see cref="MarkManualDeliveredAsync"/>).</summary>
    Task<ImmutableArray<StoredManualRequest>> GetAnsweredManualRequestsAsync(ExecutionLease lease, CancellationToken cancellationToken);

    Task MarkManualDeliveredAsync(ExecutionLease lease, string requestId, CancellationToken cancellationToken);

    /// <summary>Ends the execution with a final state; false (and nothing written) when the lease is lost.</summary>
    Task<bool> CompleteAsync(
        ExecutionLease lease, ExecutionState finalState, string? reason,
        ImmutableDictionary<string, string?> finalVariables, CancellationToken cancellationToken);

    /// <summary>Gives the execution back (state Pending, lease cleared) on an orderly shutdown, for another worker.</summary>
    Task ReleaseAsync(ExecutionLease lease, CancellationToken cancellationToken);
}
