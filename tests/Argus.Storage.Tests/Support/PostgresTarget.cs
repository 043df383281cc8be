using System.Data.Common;
using Argus.Storage;
using Argus.Testing;
using Npgsql;

namespace Argus.Storage.Tests.Support;

/// <summary>
/// A PostgreSQL database of its own on the server named by <c>ARGUS_TEST_POSTGRES</c> (a non-superuser role, so
/// row-level security applies), created on first use and dropped at the end. Skips visibly when the variable is
/// unset; under <c>CI=true</c> its absence is a failure.
/// </summary>
public sealed class PostgresTarget : StorageTarget
{
    public const string Variable = "ARGUS_TEST_POSTGRES";

    private readonly string _databaseName = "argus_test_" + Guid.NewGuid().ToString("N");
    private readonly Lazy<string> _connectionString;

    public PostgresTarget() => _connectionString = new Lazy<string>(CreateDatabase);

    public override StorageOptions Options => new() { ConnectionString = ConnectionString };

    public string ConnectionString
    {
        get
        {
            RequireServer();
            return _connectionString.Value;
        }
    }

    public static string RequireServer()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(server))
        {
            return server;
        }

        var reason = $"{Variable} is unset: no PostgreSQL server to run the PostgreSQL half of the storage suite against.";
        if (RepositoryPaths.IsCi)
        {
            throw new InvalidOperationException(reason + " Under CI=true this is a failure, not a skip.");
        }

        Assert.Skip(reason);
        return "";
    }

    public override async Task<DbConnection> OpenRawAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private string CreateDatabase()
    {
        var server = new NpgsqlConnectionStringBuilder(RequireServer());
        using (var connection = new NpgsqlConnection(server.ConnectionString))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE {_databaseName}", connection);
            command.ExecuteNonQuery();
        }

        server.Database = _databaseName;
        return server.ConnectionString;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (!_connectionString.IsValueCreated)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(RequireServer());
        await connection.OpenAsync();
        // FORCE ends our own lingering backends; it is refused while an autovacuum worker (another role) is in the
        // database, which a plain DROP waits out by signalling it. A bounded number of attempts, then the error.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var command = new NpgsqlCommand(
                    $"DROP DATABASE IF EXISTS {_databaseName}" + (attempt % 2 == 1 ? " WITH (FORCE)" : ""), connection);
                await command.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException ex) when (attempt < 20 && ex.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse)
            {
                await Task.Delay(250);
            }
        }
    }
}
