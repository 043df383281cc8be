using System.Collections.Immutable;
using Argus.Storage.Executions;
using Dapper;

namespace Argus.Storage.Sql.Executions;

internal sealed partial class SqlExecutionWorkQueue
{
    public async Task<bool> SaveInvocationAsync(ExecutionLease lease, StoredStepInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var now = database.Time.GetUtcNow();
        var parameters = FenceParameters(lease, now);
        RequireSameExecution(lease, invocation.ExecutionId, nameof(invocation));
        ArgumentException.ThrowIfNullOrWhiteSpace(invocation.RecordId, nameof(invocation));
        ArgumentException.ThrowIfNullOrWhiteSpace(invocation.InvocationKey, nameof(invocation));
        ArgumentException.ThrowIfNullOrWhiteSpace(invocation.StepId, nameof(invocation));
        ArgumentNullException.ThrowIfNull(invocation.Outputs, nameof(invocation));
        parameters.AddDynamicParams(new
        {
            recordId = invocation.RecordId,
            invocationKey = invocation.InvocationKey,
            stepId = invocation.StepId,
            stepType = invocation.StepType,
            branchPath = invocation.BranchPath,
            iteration = invocation.Iteration,
            status = invocation.Status,
            recordJson = invocation.RecordJson,
            produces = invocation.ProducesStatusRecord,
            outputs = VariableJson.Write(invocation.Outputs),
        });
        return await InWorkerTransactionAsync(async (connection, transaction) =>
        {
            // The fence and the execution's next change number in one statement; it also locks the execution row, so
            // the sequence below (one more than the highest) cannot be taken twice.
            var change = await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(
                $"UPDATE executions SET change_seq = change_seq + 1 WHERE {Fence} RETURNING change_seq",
                parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            if (change is null)
            {
                return (Result: false, Commit: false);
            }

            parameters.Add("change", change.Value);
            await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO step_invocations (
                    execution_id, record_id, organisation_id, classification, invocation_key, step_id, step_type, branch_path, iteration,
                    status, record_json, produces_status_record, outputs, sequence, change_sequence, updated_us)
                SELECT e.id, @recordId, e.organisation_id, e.classification, @invocationKey, @stepId, @stepType, @branchPath, @iteration,
                    @status, @recordJson, @produces, @outputs,
                    (SELECT COALESCE(MAX(s.sequence), 0) + 1 FROM step_invocations s WHERE s.execution_id = e.id), @change, @now
                FROM executions e WHERE e.id = @id
                ON CONFLICT (execution_id, record_id) DO UPDATE SET
                    invocation_key = excluded.invocation_key, step_id = excluded.step_id, step_type = excluded.step_type,
                    branch_path = excluded.branch_path, iteration = excluded.iteration, status = excluded.status,
                    record_json = excluded.record_json, produces_status_record = excluded.produces_status_record,
                    outputs = excluded.outputs, change_sequence = excluded.change_sequence, updated_us = excluded.updated_us
                """,
                parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            return (Result: true, Commit: true);
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> SaveManualRequestAsync(ExecutionLease lease, StoredManualRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var parameters = FenceParameters(lease, database.Time.GetUtcNow());
        RequireSameExecution(lease, request.ExecutionId, nameof(request));
        ArgumentException.ThrowIfNullOrWhiteSpace(request.RequestId, nameof(request));
        ArgumentException.ThrowIfNullOrWhiteSpace(request.RecordId, nameof(request));
        ArgumentException.ThrowIfNullOrWhiteSpace(request.StepId, nameof(request));
        ArgumentNullException.ThrowIfNull(request.Prompt, nameof(request));
        parameters.AddDynamicParams(new
        {
            requestId = request.RequestId,
            recordId = request.RecordId,
            stepId = request.StepId,
            prompt = request.Prompt,
            expected = VariableJson.Write(request.ExpectedVariables.IsDefault ? [] : request.ExpectedVariables),
            requestedUs = MicroTime.From(request.RequestedAt),
        });
        return await InWorkerTransactionAsync(async (connection, transaction) =>
        {
            var held = await connection.QuerySingleOrDefaultAsync<int?>(new CommandDefinition(
                $"SELECT 1 FROM executions WHERE {Fence}{Dialect.ForUpdate}", parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            if (held is null)
            {
                return (Result: false, Commit: false);
            }

            // A replayed attempt may store the same request again: the first row (and any answer it has) stays.
            await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO manual_requests (
                    execution_id, request_id, organisation_id, classification, record_id, step_id, prompt, expected_variables, requested_us)
                SELECT e.id, @requestId, e.organisation_id, e.classification, @recordId, @stepId, @prompt, @expected, @requestedUs
                FROM executions e WHERE e.id = @id
                ON CONFLICT (execution_id, request_id) DO NOTHING
                """,
                parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            return (Result: true, Commit: true);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <remarks>
    /// An answer counts as delivered to the attempt that marked it: a later attempt (after a crash) is given every
    /// answer again until it marks them itself. Empty when the lease is lost.
    /// </remarks>
    public async Task<ImmutableArray<StoredManualRequest>> GetAnsweredManualRequestsAsync(ExecutionLease lease, CancellationToken cancellationToken)
    {
        var parameters = FenceParameters(lease, database.Time.GetUtcNow());
        return await InWorkerTransactionAsync(async (connection, transaction) =>
        {
            var rows = await connection.QueryAsync<ManualRequestRow>(new CommandDefinition(
                $"""
                 SELECT {ManualRequestRow.Columns} FROM manual_requests m
                 WHERE m.execution_id = @id AND m.answered_us IS NOT NULL
                   AND (m.delivered_attempt IS NULL OR m.delivered_attempt < @attempt)
                   AND EXISTS (SELECT 1 FROM executions WHERE {Fence})
                 ORDER BY m.answered_us, m.request_id
                 """,
                parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            return (Result: rows.Select(r => r.ToRequest()).ToImmutableArray(), Commit: true);
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task MarkManualDeliveredAsync(ExecutionLease lease, string requestId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(requestId);
        var parameters = FenceParameters(lease, database.Time.GetUtcNow());
        parameters.Add("requestId", requestId);
        await WriteFencedAsync(
            $"""
             UPDATE manual_requests SET delivered_attempt = @attempt
             WHERE execution_id = @id AND request_id = @requestId AND answered_us IS NOT NULL
               AND EXISTS (SELECT 1 FROM executions WHERE {Fence})
             """,
            parameters, cancellationToken).ConfigureAwait(false);
    }

    private static void RequireSameExecution(ExecutionLease lease, Guid executionId, string parameter)
    {
        if (executionId != lease.Execution.Id)
        {
            throw new ArgumentException($"The record belongs to execution {executionId}, the lease to {lease.Execution.Id}.", parameter);
        }
    }
}
