using Argus.Cacao.Validation;
using Argus.Storage.Audit;
using Argus.Storage.Executions;
using Argus.Storage.Organisations;
using Argus.Storage.Playbooks;
using Argus.Storage.Postgres;
using Argus.Storage.Sql;
using Argus.Storage.Sql.Executions;
using Argus.Storage.Sqlite;

namespace Argus.Storage;

/// <summary>
/// One opened database: the library, the audit log, the organisations and the executions on the provider that
/// <see cref="StorageOptions"/> selects. The schema is migrated on first use (or by <see cref="MigrateAsync"/>).
/// Thread-safe; make one per process and dispose it at the end.
/// </summary>
public sealed class ArgusStorage : IAsyncDisposable
{
    private readonly SqlDatabase _database;

    private ArgusStorage(SqlDatabase database, PlaybookValidator validator)
    {
        _database = database;
        Playbooks = new SqlPlaybookLibrary(database, validator);
        Audit = new SqlAuditLog(database);
        Organisations = new SqlOrganisationStore(database);
        Executions = new SqlExecutionStore(database);
        ExecutionQueue = new SqlExecutionWorkQueue(database);
    }

    public StorageProvider Provider => _database.Dialect.Provider;

    public IPlaybookLibrary Playbooks { get; }

    public IAuditLog Audit { get; }

    public IOrganisationStore Organisations { get; }

    /// <summary>Executions as operators see them, scoped like the library.</summary>
    public IExecutionStore Executions { get; }

    /// <summary>The workers' side of executions: claims and leases across every organisation (not for operator requests).</summary>
    public IExecutionWorkQueue ExecutionQueue { get; }

    /// <summary>Opens (without connecting yet) the database the options name.</summary>
    /// <param name="options">Data directory and connection string.</param>
    /// <param name="time">The clock for import and audit times; <see cref="TimeProvider.System"/> when null.</param>
    /// <param name="validator">The import validator; a default <see cref="PlaybookValidator"/> when null.</param>
    public static ArgusStorage Open(StorageOptions options, TimeProvider? time = null, PlaybookValidator? validator = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        SqlDialect dialect = options.Provider == StorageProvider.Postgres
            ? new PostgresDialect(options.ConnectionString!)
            : new SqliteDialect(string.IsNullOrWhiteSpace(options.ConnectionString)
                ? $"Data Source={Path.Combine(options.DataDirectory, StorageOptions.SqliteFileName)}"
                : options.ConnectionString);
        return new ArgusStorage(new SqlDatabase(dialect, time ?? TimeProvider.System), validator ?? new PlaybookValidator());
    }

    /// <summary>Applies the pending migrations; safe to call any number of times, from several processes.</summary>
    public Task<MigrationResult> MigrateAsync(CancellationToken cancellationToken) => _database.MigrateAsync(cancellationToken);

    public ValueTask DisposeAsync() => _database.DisposeAsync();
}
