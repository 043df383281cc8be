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
    /// <remarks>
    /// <paramref name="maxCount"/> is 1 to 100 and <paramref name="leaseDuration"/> positive (else
    /// <see cref="ArgumentException"/>). Every write with the returned lease is fenced: it changes something only while
    /// the same worker and attempt hold the lease, the execution is running and the lease has not expired by the
    /// store's clock; otherwise it returns false (or <see cref="LeaseRenewal.Lost"/>) and writes nothing. An execution
    /// whose cancellation was requested is claimed like any other, with <see cref="StoredExecution.CancelRequested"/> set.
    /// </remarks>
    Task<ImmutableArray<ExecutionLease>> ClaimAsync(
        string workerId, int maxCount, TimeSpan leaseDuration, CancellationToken cancellationToken);

    Task<LeaseRenewal> RenewAsync(ExecutionLease lease, TimeSpan leaseDuration, CancellationToken cancellationToken);

    /// <summary>Inserts or replaces (by record id) one invocation snapshot; false when the lease is lost.</summary>
    /// <remarks>
    /// The store sets <see cref="StoredStepInvocation.Sequence"/> on first insert, the execution's next
    /// <see cref="StoredStepInvocation.ChangeSequence"/> on every write and <see cref="StoredStepInvocation.UpdatedAt"/>;
    /// the values passed in for them are ignored. The invocation must belong to the lease's execution
    /// (<see cref="ArgumentException"/> otherwise).
    /// </remarks>
    Task<bool> SaveInvocationAsync(ExecutionLease lease, StoredStepInvocation invocation, CancellationToken cancellationToken);

    /// <summary>Stores a manual request of the running attempt; false when the lease is lost.</summary>
    /// <remarks>A request id stored again (a replayed attempt) keeps the first row and any answer it has.</remarks>
    Task<bool> SaveManualRequestAsync(ExecutionLease lease, StoredManualRequest request, CancellationToken cancellationToken);

    /// <summary>Answers given since the lease's requests were stored (each returned until <see cref="MarkManualDeliveredAsync"/>).</summary>
    /// <remarks>
    /// Delivery is per attempt: an answer marked delivered by a crashed attempt is returned again to the next one.
    /// Empty when the lease is lost.
    /// </remarks>
    Task<ImmutableArray<StoredManualRequest>> GetAnsweredManualRequestsAsync(ExecutionLease lease, CancellationToken cancellationToken);

    Task MarkManualDeliveredAsync(ExecutionLease lease, string requestId, CancellationToken cancellationToken);

    /// <summary>Ends the execution with a final state; false (and nothing written) when the lease is lost.</summary>
    /// <remarks>
    /// <paramref name="finalState"/> must be Completed, Failed, Cancelled or Refused (else
    /// <see cref="ArgumentOutOfRangeException"/>). Sets the end time and clears the lease.
    /// </remarks>
    Task<bool> CompleteAsync(
        ExecutionLease lease, ExecutionState finalState, string? reason,
        ImmutableDictionary<string, string?> finalVariables, CancellationToken cancellationToken);

    /// <summary>Gives the execution back (state Pending, lease cleared) on an orderly shutdown, for another worker.</summary>
    /// <remarks>The next claim is a new attempt and receives this attempt's invocations as prior ones.</remarks>
    Task ReleaseAsync(ExecutionLease lease, CancellationToken cancellationToken);
}
