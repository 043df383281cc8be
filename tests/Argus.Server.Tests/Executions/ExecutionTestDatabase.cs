using Argus.Storage;

namespace Argus.Server.Tests.Executions;

/// <summary>One database of a test's own that several hosts (and the test) open: a SQLite file in a temporary
/// directory, or a PostgreSQL database (skips visibly without <c>ARGUS_TEST_POSTGRES</c>, fails under CI).</summary>
public sealed class ExecutionTestDatabase : IAsyncDisposable
{
    private readonly PostgresTestDatabase? _postgres;

    private ExecutionTestDatabase(string directory, string connectionString, PostgresTestDatabase? postgres)
    {
        Directory = directory;
        ConnectionString = connectionString;
        _postgres = postgres;
    }

    /// <summary>A temporary directory of the test's own (the SQLite file lives here).</summary>
    public string Directory { get; }

    /// <summary>The connection string every host and the test use (<c>Argus:Database</c>).</summary>
    public string ConnectionString { get; }

    public static ExecutionTestDatabase Create(StorageProvider provider) =>
        provider == StorageProvider.Postgres ? Postgres() : Sqlite();

    public static ExecutionTestDatabase Sqlite()
    {
        var directory = NewDirectory();
        return new(directory, $"Data Source={Path.Combine(directory, StorageOptions.SqliteFileName)}", null);
    }

    public static ExecutionTestDatabase Postgres()
    {
        var postgres = new PostgresTestDatabase("argus_worker_test", "the PostgreSQL execution worker tests");
        return new(NewDirectory(), postgres.ConnectionString, postgres);
    }

    /// <summary>The test's own connection to the database, migrated.</summary>
    public async Task<ArgusStorage> OpenStorageAsync()
    {
        var storage = ArgusStorage.Open(new StorageOptions { DataDirectory = Directory, ConnectionString = ConnectionString });
        await storage.MigrateAsync(TestContext.Current.CancellationToken);
        return storage;
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }

    private static string NewDirectory()
    {
        var directory = Path.Combine(Path.GetTempPath(), "argus-worker-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        return directory;
    }
}
