using System.Data.Common;
using Argus.Storage.Access;
using Dapper;

namespace Argus.Storage.Sql;

/// <summary>
/// A provider plus the guarantee that its schema is migrated before the first statement: the migrations run once,
/// on first use, for every process (the server's start-up and the CLI alike).
/// </summary>
internal sealed class SqlDatabase : IAsyncDisposable
{
    private readonly MigrationRunner _migrations;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private bool _isMigrated;

    public SqlDatabase(SqlDialect dialect, TimeProvider time)
    {
        Dialect = dialect;
        Time = time;
        _migrations = new MigrationRunner(dialect, time);
    }

    public SqlDialect Dialect { get; }

    public TimeProvider Time { get; }

    public async Task<MigrationResult> MigrateAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var result = await _migrations.RunAsync(cancellationToken).ConfigureAwait(false);
            _isMigrated = true;
            return result;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task EnsureMigratedAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Checked again under the gate: concurrent first callers migrate once, the others wait for it.
            if (!_isMigrated)
            {
                await _migrations.RunAsync(cancellationToken).ConfigureAwait(false);
                _isMigrated = true;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Opens a connection on a migrated database.</summary>
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!Volatile.Read(ref _isMigrated))
        {
            await EnsureMigratedAsync(cancellationToken).ConfigureAwait(false);
        }

        return await Dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task<DbTransaction> BeginAsync(DbConnection connection, AccessScope scope, CancellationToken cancellationToken) =>
        Dialect.BeginAsync(connection, scope.Organisation, scope.Clearance, cancellationToken);

    /// <summary>
    /// A single-statement read in one round trip: on PostgreSQL the scope settings and the query go in one batch, which
    /// runs as one implicit transaction (until the batch's Sync), so <c>set_config(..., true)</c> covers the query and
    /// ends with it. One statement needs no explicit transaction for a consistent snapshot.
    /// </summary>
    public async Task<List<T>> QueryScopedAsync<T>(AccessScope scope, string sql, DynamicParameters parameters, CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            Dialect.AddScope(parameters, scope.Organisation, scope.Clearance);
            var grid = await connection.QueryMultipleAsync(new CommandDefinition(
                Dialect.ScopeStatement + sql, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
            await using (grid.ConfigureAwait(false))
            {
                await Dialect.SkipScopeAsync(grid).ConfigureAwait(false);
                return (await grid.ReadAsync<T>().ConfigureAwait(false)).AsList();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Dialect.DisposeAsync().ConfigureAwait(false);
        _gate.Dispose();
    }
}
