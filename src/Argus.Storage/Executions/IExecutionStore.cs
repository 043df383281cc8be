using System.Collections.Immutable;
using Argus.Storage.Access;

namespace Argus.Storage.Executions;

/// <summary>
/// Executions as operators see them. Every method takes the caller's <see cref="AccessScope"/>: an execution of
/// another organisation, or of a playbook above the caller's clearance, is indistinguishable from a missing one.
/// </summary>
public interface IExecutionStore
{
    /// <summary>
    /// Stores a pending execution of a playbook version visible to the caller (the latest when no version is named),
    /// with its audit event, in one transaction; nothing is stored when the version or step is not found.
    /// </summary>
    /// <remarks>
    /// Refused with <see cref="ExecutionChange.NotFound"/> when no such version (or step) is visible, with
    /// <see cref="ExecutionChange.Invalid"/> for an empty id, a step that is not an action step, or variables beyond
    /// the bounds of <see cref="ExecutionSubmission"/>. The stored execution carries the resolved version and the
    /// caller's clearance; it is visible to callers who may see the version (organisation and classification).
    /// </remarks>
    Task<SubmitExecutionResult> SubmitAsync(AccessScope scope, ExecutionSubmission submission, CancellationToken cancellationToken);

    Task<StoredExecution?> GetAsync(AccessScope scope, Guid executionId, CancellationToken cancellationToken);

    Task<ExecutionPage> ListAsync(AccessScope scope, ExecutionQuery query, CancellationToken cancellationToken);

    /// <summary>The invocations whose <see cref="StoredStepInvocation.ChangeSequence"/> is above <paramref name="changedAfter"/>, in that order.</summary>
    Task<ImmutableArray<StoredStepInvocation>> GetInvocationsAsync(
        AccessScope scope, Guid executionId, long changedAfter, CancellationToken cancellationToken);

    /// <summary>The manual requests of the execution that wait for an answer.</summary>
    Task<ImmutableArray<StoredManualRequest>> GetPendingManualRequestsAsync(
        AccessScope scope, Guid executionId, CancellationToken cancellationToken);

    /// <summary>Marks the execution for cancellation (a pending one is cancelled at once); audited.</summary>
    /// <remarks>Pending: Cancelled with an end time. Running: <see cref="StoredExecution.CancelRequested"/> (the worker's
    /// renewal reports it). Ended: <see cref="ExecutionChange.AlreadyFinal"/>. Hidden or missing: NotFound.</remarks>
    Task<ExecutionChange> RequestCancelAsync(AccessScope scope, Guid executionId, CancellationToken cancellationToken);

    /// <summary>Stores an operator's answer for the worker to deliver; audited. Only the first answer counts.</summary>
    /// <remarks>NotFound for a hidden execution or an unknown request; AlreadyFinal when it was answered already or the
    /// execution has ended; Invalid for an empty outcome or variables beyond the bounds of <see cref="ExecutionSubmission"/>.
    /// The audit event names who answered and the outcome, never the values.</remarks>
    Task<ExecutionChange> AnswerManualAsync(
        AccessScope scope, Guid executionId, string requestId, ManualAnswerSubmission answer, CancellationToken cancellationToken);
}
