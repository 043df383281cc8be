using System.Data.Common;
using Argus.Storage.Access;
using Argus.Storage.Sql;
using Microsoft.Data.Sqlite;

namespace Argus.Storage.Sqlite;

/// <summary>
/// The embedded provider. Writers are serialised by SQLite itself (<c>BEGIN IMMEDIATE</c>, waiting on a busy
/// database up to the command timeout); there is no row-level security, so the WHERE clauses are the only line.
/// </summary>
internal sealed class SqliteDialect : SqlDialect
{
    private readonly string _connectionString;

    public SqliteDialect(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString)
        {
            Pooling = true,
            DefaultTimeout = 60,
        };
        if (builder.Mode is SqliteOpenMode.ReadWriteCreate && builder.DataSource is { Length: > 0 } file && file != ":memory:")
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(file));
            if (folder is not null)
            {
                Directory.CreateDirectory(folder);
            }
        }

        _connectionString = builder.ToString();
    }

    public override StorageProvider Provider => StorageProvider.Sqlite;

    public override string MigrationResourcePrefix => "Argus.Storage.Sqlite.Migrations.";

    public override string ForUpdate => "";

    public override string ForUpdateSkipLocked => "";

    // SQLite's LIKE is case-insensitive for ASCII.
    public override string Like => "LIKE";

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        // In WAL mode NORMAL keeps the database consistent after a crash and skips an fsync per commit; the last
        // commits before a power loss may be lost, which an embedded default may accept (PostgreSQL is for more).
        command.CommandText = "PRAGMA synchronous = NORMAL;";
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    public override async Task<DbTransaction> BeginAsync(
        DbConnection connection, OrganisationId? organisation, ClearanceLevel clearance, CancellationToken cancellationToken) =>
        // Not deferred: BEGIN IMMEDIATE takes the write lock up front, so two writers never deadlock on an upgrade.
        await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

    public override Task LockMigrationsAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    public override async Task PrepareDatabaseAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL;";
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public override string JsonValue(string parameter) => parameter;

    public override string JsonArrayContains(string column, string parameter) =>
        $"EXISTS (SELECT 1 FROM json_each({column}) j WHERE j.value = {parameter})";

    public override string IsIn(string column, string parameter) => $"{column} IN {parameter}";

    public override string JsonArrayElements(string column) => $"json_each({column}) t";

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        return ValueTask.CompletedTask;
    }
}
