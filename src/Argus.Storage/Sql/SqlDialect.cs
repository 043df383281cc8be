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

    /// <summary>The case-insensitive LIKE operator.</summary>
    public abstract string Like { get; }

    public abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Begins a transaction. On PostgreSQL the scope's organisation and clearance become the transaction's
    /// <c>argus.org</c> / <c>argus.clearance</c> settings, which the row-level-security policies read.
    /// </summary>
    public abstract Task<DbTransaction> BeginAsync(
        DbConnection connection, OrganisationId? organisation, ClearanceLevel clearance, CancellationToken cancellationToken);

    /// <summary>Runs before the migration scripts, inside their transaction (serialises concurrent migrators).</summary>
    public abstract Task LockMigrationsAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken);

    /// <summary>Runs once before migrating, outside any transaction (SQLite's journal mode).</summary>
    public virtual Task PrepareDatabaseAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>A parameter bound into a JSON column.</summary>
    public abstract string JsonValue(string parameter);

    /// <summary>A condition: the JSON array in <paramref name="column"/> contains the string parameter.</summary>
    public abstract string JsonArrayContains(string column, string parameter);

    /// <summary>A FROM item yielding the JSON array's strings as <c>t.value</c>.</summary>
    public abstract string JsonArrayElements(string column);

    public abstract ValueTask DisposeAsync();
}
