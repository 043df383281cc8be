using System.Data.Common;
using Argus.Storage.Access;

namespace Argus.Storage.Sql;

/// <summary>What differs between the providers: connections, session settings, locking and a few SQL fragments.</summary>
internal abstract class SqlDialect : IAsyncDisposable
{
    public abstract StorageProvider Provider { get; }

    /// <summary>Prefix of the embedded migration scripts (<c>NNNN_name.sql</c>).</summary>
    public abstract string MigrationResourcePrefix { get; }

    /// <summary>Appended to a SELECT that must lock the organisation row until commit.</summary>
    public abstract string ForUpdate { get; }

    /// <summary>
    /// Appended to the SELECT of a claim: lock the rows picked and pass over rows another claimer holds (PostgreSQL's
    /// <c>FOR UPDATE SKIP LOCKED</c>). Empty on SQLite, where the claim's write transaction excludes every other writer.
    /// </summary>
    public abstract string ForUpdateSkipLocked { get; }

    /// <summary>The case-insensitive LIKE operator.</summary>
    public abstract string Like { get; }

    public abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Begins a transaction. On PostgreSQL the scope's organisation and clearance become the transaction's
    /// <c>argus.org</c> / <c>argus.clearance</c> settings, which the row-level-security policies read.
    /// </summary>
    public abstract Task<DbTransaction> BeginAsync(
        DbConnection connection, OrganisationId? organisation, ClearanceLevel clearance, CancellationToken cancellationToken);

    /// <summary>
    /// Begins a transaction of the execution work queue, which serves every organisation: on PostgreSQL it sets
    /// <c>argus.worker = 'on'</c>, the one setting the execution tables' row-level-security policies accept in place
    /// of an organisation. Only <c>SqlExecutionWorkQueue</c> calls it.
    /// </summary>
    public virtual async Task<DbTransaction> BeginWorkerAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Begins a transaction without sending anything: the caller's first command must start with
    /// <see cref="ScopeStatement"/> (bound by <see cref="AddScope"/>), so the scope travels with it in one round trip.
    /// </summary>
    public virtual async Task<DbTransaction> BeginUnscopedAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Statements that set the scope for the rest of the transaction (PostgreSQL: the row-level-security settings), to
    /// put before a command's own SQL; they yield one result set, which <see cref="SkipScopeAsync"/> discards. Empty on SQLite.
    /// </summary>
    public virtual string ScopeStatement => "";

    /// <summary>Binds the parameters of <see cref="ScopeStatement"/>.</summary>
    public virtual void AddScope(Dapper.DynamicParameters parameters, OrganisationId? organisation, ClearanceLevel clearance)
    {
    }

    /// <summary>Reads past the result set of <see cref="ScopeStatement"/>, if it has one.</summary>
    public virtual Task SkipScopeAsync(Dapper.SqlMapper.GridReader grid) => Task.CompletedTask;

    /// <summary>Whether a statement may hold INSERT/UPDATE in a WITH clause (PostgreSQL), so dependent writes go in one statement.</summary>
    public virtual bool HasWritingCte => false;

    /// <summary>Runs before the migration scripts, inside their transaction (serialises concurrent migrators).</summary>
    public abstract Task LockMigrationsAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken);

    /// <summary>Runs once before migrating, outside any transaction (SQLite's journal mode).</summary>
    public virtual Task PrepareDatabaseAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>A parameter bound into a JSON column.</summary>
    public abstract string JsonValue(string parameter);

    /// <summary>A condition: the JSON array in <paramref name="column"/> contains the string parameter.</summary>
    public abstract string JsonArrayContains(string column, string parameter);

    /// <summary>
    /// A condition: <paramref name="column"/> is one of the list bound to <paramref name="parameter"/> (Dapper expands a
    /// list into <c>IN (...)</c> on SQLite and binds it as one array on PostgreSQL).
    /// </summary>
    public abstract string IsIn(string column, string parameter);

    /// <summary>A FROM item yielding the JSON array's strings as <c>t.value</c>.</summary>
    public abstract string JsonArrayElements(string column);

    public abstract ValueTask DisposeAsync();
}
