using System.Collections.Immutable;
using System.Data.Common;
using Argus.Storage.Executions;
using Dapper;

namespace Argus.Storage.Sql.Executions;

/// <summary>
/// <see cref="IExecutionWorkQueue"/> on SQL. Every transaction is a worker's (<see cref="SqlDialect.BeginWorkerAsync"/>),
/// which the execution tables' row-level-security policies let through for every organisation. Every write after the
/// claim is fenced by <see cref="Fence"/>: it changes something only while the lease's (worker, attempt) still hold an
/// unexpired lease on a running execution. Split by concern: the lease's life here, what a run records beside it.
/// </summary>
internal sealed partial class SqlExecutionWorkQueue(SqlDatabase database) : IExecutionWorkQueue
{
    /// <summary>The most executions one claim may take.</summary>
    public const int MaxClaim = 100;

    private SqlDialect Dialect => database.Dialect;

    /// <summary>The lease condition on an <c>executions</c> row (no alias), bound by <see cref="FenceParameters"/>.</summary>
    private const string Fence =
        "id = @id AND worker_id = @worker AND attempt = @attempt AND state = 'running' AND lease_expires_us > @now";

    private static DynamicParameters FenceParameters(ExecutionLease lease, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(lease);
        ArgumentNullException.ThrowIfNull(lease.Execution);
        return new DynamicParameters(new
        {
            id = SqlExecutionStore.Key(lease.Execution.Id),
            worker = lease.WorkerId,
            attempt = lease.Execution.Attempt,
            now = MicroTime.From(now),
        });
    }

    public async Task<ImmutableArray<ExecutionLease>> ClaimAsync(
        string workerId, int maxCount, TimeSpan leaseDuration, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(workerId);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCount, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxCount, MaxClaim);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(leaseDuration, TimeSpan.Zero);
        return await InWorkerTransactionAsync(async (connection, transaction) =>
        {
            var now = database.Time.GetUtcNow();
            var expires = now + leaseDuration;
            var claimed = (await connection.QueryAsync<ExecutionRow>(new CommandDefinition(
                ClaimSql,
                new { worker = workerId, expires = MicroTime.From(expires), now = MicroTime.From(now), max = maxCount },
                transaction,
                cancellationToken: cancellationToken)).ConfigureAwait(false))
                .OrderBy(r => r.CreatedUs).ThenBy(r => r.Id, StringComparer.Ordinal).ToList();
            if (claimed.Count == 0)
            {
                return (Result: ImmutableArray<ExecutionLease>.Empty, Commit: false);
            }

            var (invocations, requests) = await ReadPriorAsync(connection, transaction, claimed, cancellationToken).ConfigureAwait(false);
            var leases = claimed.Select(row =>
            {
                var execution = row.ToExecution();
                return new ExecutionLease
                {
                    WorkerId = workerId,
                    Execution = execution,
                    ExpiresAt = MicroTime.To(MicroTime.From(expires)),
                    PriorInvocations = [.. invocations[execution.Id]],
                    PriorManualRequests = [.. requests[execution.Id]],
                };
            }).ToImmutableArray();
            return (Result: leases, Commit: true);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Takes the oldest claimable executions: pending, or running with a lease that ran out. On PostgreSQL the pick is a
    /// materialised CTE locked with <c>FOR UPDATE SKIP LOCKED</c> (run once, so never more than <c>@max</c> rows, and
    /// rows another claimer holds are passed over); on SQLite the write transaction already excludes other claimers.
    /// </summary>
    private string ClaimSql
    {
        get
        {
            const string Take = "state = 'running', worker_id = @worker, lease_expires_us = @expires, attempt = attempt + 1, started_us = COALESCE(started_us, @now)";
            var pick =
                $"""
                 SELECT c.id AS picked_id FROM executions c
                 WHERE c.state IN {ExecutionNames.OpenStates}
                   AND (c.state = 'pending' OR (c.state = 'running' AND c.lease_expires_us < @now))
                 ORDER BY c.created_us, c.id
                 LIMIT @max{Dialect.ForUpdateSkipLocked}
                 """;
            return Dialect.Provider == StorageProvider.Postgres
                ? $"""
                   WITH picked AS MATERIALIZED ({pick})
                   UPDATE executions SET {Take} FROM picked WHERE executions.id = picked.picked_id
                   RETURNING {ExecutionRow.Returning}
                   """
                : $"UPDATE executions SET {Take} WHERE id IN ({pick}) RETURNING {ExecutionRow.Returning}";
        }
    }

    /// <summary>What earlier attempts stored for the claimed executions (none on a first attempt), by execution.</summary>
    private async Task<(ILookup<Guid, StoredStepInvocation> Invocations, ILookup<Guid, StoredManualRequest> Requests)> ReadPriorAsync(
        DbConnection connection, DbTransaction transaction, List<ExecutionRow> claimed, CancellationToken cancellationToken)
    {
        // Only a lease holder writes invocations and requests, so an execution on its first attempt has none.
        var resumed = claimed.Where(r => r.Attempt > 1).Select(r => r.Id).ToList();
        if (resumed.Count == 0)
        {
            return (Array.Empty<StoredStepInvocation>().ToLookup(i => i.ExecutionId), Array.Empty<StoredManualRequest>().ToLookup(r => r.ExecutionId));
        }

        var invocations = await connection.QueryAsync<InvocationRow>(new CommandDefinition(
            $"SELECT {InvocationRow.Columns} FROM step_invocations i WHERE {Dialect.IsIn("i.execution_id", "@ids")} ORDER BY i.execution_id, i.sequence",
            new { ids = resumed }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var requests = await connection.QueryAsync<ManualRequestRow>(new CommandDefinition(
            $"SELECT {ManualRequestRow.Columns} FROM manual_requests m WHERE {Dialect.IsIn("m.execution_id", "@ids")} ORDER BY m.execution_id, m.requested_us, m.request_id",
            new { ids = resumed }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return (invocations.Select(r => r.ToInvocation()).ToLookup(i => i.ExecutionId), requests.Select(r => r.ToRequest()).ToLookup(r => r.ExecutionId));
    }

    public async Task<LeaseRenewal> RenewAsync(ExecutionLease lease, TimeSpan leaseDuration, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(leaseDuration, TimeSpan.Zero);
        var now = database.Time.GetUtcNow();
        var parameters = FenceParameters(lease, now);
        parameters.Add("expires", MicroTime.From(now + leaseDuration));
        return await InWorkerTransactionAsync(async (connection, transaction) =>
        {
            var cancelRequested = await connection.QuerySingleOrDefaultAsync<bool?>(new CommandDefinition(
                $"UPDATE executions SET lease_expires_us = @expires WHERE {Fence} RETURNING cancel_requested",
                parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            var renewal = cancelRequested switch
            {
                null => LeaseRenewal.Lost,
                true => LeaseRenewal.CancelRequested,
                false => LeaseRenewal.Held,
            };
            return (Result: renewal, Commit: renewal != LeaseRenewal.Lost);
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> CompleteAsync(
        ExecutionLease lease, ExecutionState finalState, string? reason,
        ImmutableDictionary<string, string?> finalVariables, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(finalVariables);
        if (!Enum.IsDefined(finalState) || !finalState.IsFinal())
        {
            throw new ArgumentOutOfRangeException(nameof(finalState), finalState, "An execution ends Completed, Failed, Cancelled or Refused.");
        }

        var now = database.Time.GetUtcNow();
        var parameters = FenceParameters(lease, now);
        parameters.Add("state", finalState.ToName());
        parameters.Add("reason", reason);
        parameters.Add("variables", VariableJson.Write(finalVariables));
        return await WriteFencedAsync(
            $"""
             UPDATE executions SET state = @state, reason = @reason, final_variables = @variables, ended_us = @now,
                 worker_id = NULL, lease_expires_us = NULL
             WHERE {Fence}
             """,
            parameters, cancellationToken).ConfigureAwait(false);
    }

    public async Task ReleaseAsync(ExecutionLease lease, CancellationToken cancellationToken) =>
        await WriteFencedAsync(
            $"UPDATE executions SET state = 'pending', worker_id = NULL, lease_expires_us = NULL WHERE {Fence}",
            FenceParameters(lease, database.Time.GetUtcNow()), cancellationToken).ConfigureAwait(false);

    /// <summary>One fenced statement in a worker transaction; true when it changed a row.</summary>
    private Task<bool> WriteFencedAsync(string sql, DynamicParameters parameters, CancellationToken cancellationToken) =>
        InWorkerTransactionAsync(async (connection, transaction) =>
        {
            var changed = await connection.ExecuteAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken))
                .ConfigureAwait(false);
            return (Result: changed > 0, Commit: changed > 0);
        }, cancellationToken);

    /// <summary>Runs <paramref name="work"/> in a worker transaction, committed only when it says so (else rolled back).</summary>
    private async Task<T> InWorkerTransactionAsync<T>(
        Func<DbConnection, DbTransaction, Task<(T Result, bool Commit)>> work, CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await Dialect.BeginWorkerAsync(connection, cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var (result, commit) = await work(connection, transaction).ConfigureAwait(false);
                if (commit)
                {
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                }

                return result;
            }
        }
    }
}
