using System.Collections.Immutable;
using System.Text;
using Argus.Storage.Access;
using Argus.Storage.Executions;
using Dapper;

namespace Argus.Storage.Sql.Executions;

/// <summary>
/// <see cref="IExecutionStore"/> on SQL. Every statement names the caller's organisation and clearance (against the
/// executed version's classification, copied onto the execution); on PostgreSQL the row-level-security policies of
/// migration 0003 repeat the rule. Split by concern: reads here, submission and operator changes beside it.
/// </summary>
internal sealed partial class SqlExecutionStore(SqlDatabase database) : IExecutionStore
{
    private SqlDialect Dialect => database.Dialect;

    private static string VisibleTo(string alias) =>
        $"{alias}.organisation_id = @org AND {alias}.classification <= @clearance";

    private static DynamicParameters ScopeParameters(AccessScope scope, Guid? executionId = null)
    {
        var parameters = new DynamicParameters(new { org = scope.Organisation.Value, clearance = (int)scope.Clearance });
        if (executionId is { } id)
        {
            parameters.Add("id", Key(id));
        }

        return parameters;
    }

    /// <summary>The stored form of an execution id.</summary>
    internal static string Key(Guid id) => id.ToString("D");

    public async Task<StoredExecution?> GetAsync(AccessScope scope, Guid executionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var rows = await database.QueryScopedAsync<ExecutionRow>(
            scope, $"SELECT {ExecutionRow.Columns} FROM executions e WHERE {VisibleTo("e")} AND e.id = @id",
            ScopeParameters(scope, executionId), cancellationToken).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0].ToExecution();
    }

    public async Task<ExecutionPage> ListAsync(AccessScope scope, ExecutionQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(query);
        if (query.PageSize is < 1 or > ExecutionQuery.MaxPageSize)
        {
            throw new ArgumentOutOfRangeException(nameof(query), query.PageSize, $"PageSize must be 1 to {ExecutionQuery.MaxPageSize}.");
        }

        var cursor = query.Cursor is null ? null : ExecutionCursor.Decode(query.Cursor);
        var sql = new StringBuilder($"SELECT {ExecutionRow.Columns} FROM executions e WHERE {VisibleTo("e")}");
        var parameters = ScopeParameters(scope);
        if (query.PlaybookId is { Length: > 0 } playbookId)
        {
            sql.Append(" AND e.playbook_id = @playbookId");
            parameters.Add("playbookId", playbookId);
        }

        if (query.State is { } state)
        {
            sql.Append(" AND e.state = @state");
            parameters.Add("state", state.ToName());
        }

        if (query.Mode is { } mode)
        {
            sql.Append(" AND e.mode = @mode");
            parameters.Add("mode", mode.ToName());
        }

        if (cursor is not null)
        {
            sql.Append(" AND (e.created_us < @cursorCreated OR (e.created_us = @cursorCreated AND e.id < @cursorId))");
            parameters.Add("cursorCreated", cursor.CreatedUs);
            parameters.Add("cursorId", cursor.Id);
        }

        sql.Append(" ORDER BY e.created_us DESC, e.id DESC LIMIT @limit");
        parameters.Add("limit", query.PageSize + 1);
        var rows = await database.QueryScopedAsync<ExecutionRow>(scope, sql.ToString(), parameters, cancellationToken).ConfigureAwait(false);
        var page = rows.Take(query.PageSize).ToList();
        var next = rows.Count > query.PageSize ? new ExecutionCursor(page[^1].CreatedUs, page[^1].Id).Encode() : null;
        return new ExecutionPage([.. page.Select(r => r.ToExecution())], next);
    }

    public async Task<ImmutableArray<StoredStepInvocation>> GetInvocationsAsync(
        AccessScope scope, Guid executionId, long changedAfter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentOutOfRangeException.ThrowIfNegative(changedAfter);
        var parameters = ScopeParameters(scope, executionId);
        parameters.Add("after", changedAfter);
        var rows = await database.QueryScopedAsync<InvocationRow>(
            scope,
            $"""
             SELECT {InvocationRow.Columns} FROM step_invocations i JOIN executions e ON e.id = i.execution_id
             WHERE {VisibleTo("e")} AND e.id = @id AND i.change_sequence > @after
             ORDER BY i.change_sequence
             """,
            parameters, cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => r.ToInvocation())];
    }

    public async Task<ImmutableArray<StoredManualRequest>> GetPendingManualRequestsAsync(
        AccessScope scope, Guid executionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        // A request of an ended execution waits for nothing: only open executions have pending requests.
        var rows = await database.QueryScopedAsync<ManualRequestRow>(
            scope,
            $"""
             SELECT {ManualRequestRow.Columns} FROM manual_requests m JOIN executions e ON e.id = m.execution_id
             WHERE {VisibleTo("e")} AND e.id = @id AND e.state IN {ExecutionNames.OpenStates} AND m.answered_us IS NULL
             ORDER BY m.requested_us, m.request_id
             """,
            ScopeParameters(scope, executionId), cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => r.ToRequest())];
    }
}
