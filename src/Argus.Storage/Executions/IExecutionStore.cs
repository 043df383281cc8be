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
    Task<ExecutionChange> RequestCancelAsync(AccessScope scope, Guid executionId, CancellationToken cancellationToken);

    /// <summary>Stores an operator's answer for the worker to deliver; audited. Only the first answer counts.</summary>
    Task<ExecutionChange> AnswerManualAsync(
        AccessScope scope, Guid executionId, string requestId, ManualAnswerSubmission answer, CancellationToken cancellationToken);
}
