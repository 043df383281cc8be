using System.Data.Common;
using System.Globalization;
using Argus.Storage.Access;
using Argus.Storage.Audit;
using Argus.Storage.Executions;
using Dapper;

namespace Argus.Storage.Sql.Executions;

internal sealed partial class SqlExecutionStore
{
    public async Task<ExecutionChange> RequestCancelAsync(AccessScope scope, Guid executionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await database.BeginAsync(connection, scope, cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var (head, execution) = await LockAsync(connection, transaction, scope, executionId, cancellationToken).ConfigureAwait(false);
                if (head is null || execution is null)
                {
                    return ExecutionChange.NotFound;
                }

                if (execution.State.IsFinal())
                {
                    return ExecutionChange.AlreadyFinal;
                }

                if (execution.CancelRequested)
                {
                    // Asked before and the worker has not stopped yet: nothing changes, so nothing is audited again.
                    return ExecutionChange.Done;
                }

                var now = database.Time.GetUtcNow();
                var isPending = execution.State == ExecutionState.Pending;
                await connection.ExecuteAsync(new CommandDefinition(
                    isPending
                        ? "UPDATE executions SET state = @cancelled, cancel_requested = @yes, reason = @reason, ended_us = @now WHERE id = @id"
                        : "UPDATE executions SET cancel_requested = @yes WHERE id = @id",
                    new
                    {
                        id = Key(executionId),
                        cancelled = ExecutionState.Cancelled.ToName(),
                        yes = true,
                        reason = $"Cancelled by {scope.UserName} before a worker started it.",
                        now = MicroTime.From(now),
                    },
                    transaction,
                    cancellationToken: cancellationToken)).ConfigureAwait(false);
                await AuditWriter.AppendAsync(connection, transaction, head, scope.Organisation, scope.UserName, AuditActions.ExecutionCancel,
                    Key(executionId),
                    new Dictionary<string, string> { ["playbook"] = execution.PlaybookId, ["state"] = execution.State.ToName() },
                    now,
                    cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return ExecutionChange.Done;
            }
        }
    }

    public async Task<ExecutionChange> AnswerManualAsync(
        AccessScope scope, Guid executionId, string requestId, ManualAnswerSubmission answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(answer);
        if (string.IsNullOrWhiteSpace(requestId))
        {
            return ExecutionChange.NotFound;
        }

        if (string.IsNullOrWhiteSpace(answer.Outcome) || ExecutionInput.CheckVariables(answer.Variables) is not null)
        {
            return ExecutionChange.Invalid;
        }

        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await database.BeginAsync(connection, scope, cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var (head, execution) = await LockAsync(connection, transaction, scope, executionId, cancellationToken).ConfigureAwait(false);
                if (head is null || execution is null)
                {
                    return ExecutionChange.NotFound;
                }

                var request = await connection.QuerySingleOrDefaultAsync<ManualRequestRow>(new CommandDefinition(
                    $"SELECT {ManualRequestRow.Columns} FROM manual_requests m WHERE m.execution_id = @id AND m.request_id = @requestId",
                    new { id = Key(executionId), requestId }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
                if (request is null)
                {
                    return ExecutionChange.NotFound;
                }

                if (request.AnsweredUs is not null || execution.State.IsFinal())
                {
                    return ExecutionChange.AlreadyFinal;
                }

                var now = database.Time.GetUtcNow();
                await connection.ExecuteAsync(new CommandDefinition(
                    """
                    UPDATE manual_requests SET answer_outcome = @outcome, answer_variables = @variables, answered_by = @by, answered_us = @now
                    WHERE execution_id = @id AND request_id = @requestId AND answered_us IS NULL
                    """,
                    new
                    {
                        id = Key(executionId),
                        requestId,
                        outcome = answer.Outcome,
                        variables = VariableJson.Write(answer.Variables),
                        by = scope.UserName,
                        now = MicroTime.From(now),
                    },
                    transaction,
                    cancellationToken: cancellationToken)).ConfigureAwait(false);
                // Who answered which request with which outcome; never the values (they may be secrets).
                await AuditWriter.AppendAsync(connection, transaction, head, scope.Organisation, scope.UserName, AuditActions.ExecutionManualAnswer,
                    Key(executionId),
                    new Dictionary<string, string>
                    {
                        ["request"] = requestId,
                        ["step"] = request.StepId,
                        ["outcome"] = answer.Outcome,
                        ["variables"] = answer.Variables.Count.ToString(CultureInfo.InvariantCulture),
                    },
                    now,
                    cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return ExecutionChange.Done;
            }
        }
    }

    /// <summary>
    /// Locks the organisation's audit head, then the execution row (PostgreSQL; SQLite's write transaction excludes
    /// every other writer), in that order: workers lock execution rows only, so the two never wait on each other in a
    /// cycle. The head is null when the caller's organisation does not exist; the execution null when it is not visible.
    /// </summary>
    private async Task<(AuditHead? Head, StoredExecution? Execution)> LockAsync(
        DbConnection connection, DbTransaction transaction, AccessScope scope, Guid executionId, CancellationToken cancellationToken)
    {
        var head = await AuditWriter.TryLockAsync(Dialect, connection, transaction, scope.Organisation, cancellationToken).ConfigureAwait(false);
        if (head is null)
        {
            return (null, null);
        }

        var row = await connection.QuerySingleOrDefaultAsync<ExecutionRow>(new CommandDefinition(
            $"SELECT {ExecutionRow.Columns} FROM executions e WHERE e.id = @id AND {VisibleTo("e")}{Dialect.ForUpdate}",
            ScopeParameters(scope, executionId), transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return (head, row?.ToExecution());
    }
}
