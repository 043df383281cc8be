using Argus.Storage;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Argus.Benchmarks.Storage;

/// <summary>A throw-away database for one provider: a temporary SQLite directory or a new PostgreSQL database, removed at the end.</summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private readonly string? _server;
    private readonly string? _databaseName;
    private readonly string? _directory;

    private BenchDatabase(StorageOptions options, string? server, string? databaseName, string? directory)
    {
        Options = options;
        _server = server;
        _databaseName = databaseName;
        _directory = directory;
    }

    public StorageOptions Options { get; }

    public static BenchDatabase CreateSqlite()
    {
        var directory = Path.Combine(Path.GetTempPath(), "argus-bench-" + Guid.NewGuid().ToString("N"));
        return new BenchDatabase(new StorageOptions { DataDirectory = directory }, null, null, directory);
    }

    public static async Task<BenchDatabase> CreatePostgresAsync(string server)
    {
        var name = "argus_bench_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync().ConfigureAwait(false);
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }

        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name, MaxPoolSize = 32 };
        return new BenchDatabase(new StorageOptions { ConnectionString = builder.ConnectionString }, server, name, null);
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_server);
            await connection.OpenAsync().ConfigureAwait(false);
            // FORCE ends our own lingering backends; it is refused while an autovacuum worker (another role) is in the
            // database, which a plain DROP waits out by signalling it. A bounded number of attempts, then the error.
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await using var command = new NpgsqlCommand(
                        $"DROP DATABASE IF EXISTS {_databaseName}" + (attempt % 2 == 1 ? " WITH (FORCE)" : ""), connection);
                    await command.ExecuteNonQueryAsync().ConfigureAwait(false);
                    return;
                }
                catch (PostgresException ex) when (attempt < 20 && ex.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse)
                {
                    await Task.Delay(250).ConfigureAwait(false);
                }
            }
        }

        if (_directory is not null)
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(_directory, recursive: true);
        }
    }
}
