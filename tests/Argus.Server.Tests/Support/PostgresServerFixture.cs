using Argus.Testing;
using Npgsql;

namespace Argus.Server.Tests.Support;

/// <summary>
/// An Argus host on a PostgreSQL database of its own (created on first use on the server <c>ARGUS_TEST_POSTGRES</c>
/// names, a non-superuser role so row-level security applies; dropped at the end). Skips visibly when the variable
/// is unset; under <c>CI=true</c> its absence is a failure. The approach of Argus.Storage.Tests' PostgresTarget.
/// </summary>
public sealed class PostgresServerFixture : IAsyncDisposable
{
    public const string Variable = "ARGUS_TEST_POSTGRES";

    private readonly string _databaseName = "argus_server_test_" + Guid.NewGuid().ToString("N");
    private readonly Lazy<ArgusServerFactory> _server;

    public PostgresServerFixture() => _server = new Lazy<ArgusServerFactory>(CreateServer);

    public ArgusServerFactory Server
    {
        get
        {
            RequireServer();
            return _server.Value;
        }
    }

    public static string RequireServer()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(server))
        {
            return server;
        }

        var reason = $"{Variable} is unset: no PostgreSQL server to run the PostgreSQL half of the API tests against.";
        if (RepositoryPaths.IsCi)
        {
            throw new InvalidOperationException(reason + " Under CI=true this is a failure, not a skip.");
        }

        Assert.Skip(reason);
        return "";
    }

    private ArgusServerFactory CreateServer()
    {
        var builder = new NpgsqlConnectionStringBuilder(RequireServer());
        using (var connection = new NpgsqlConnection(builder.ConnectionString))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE {_databaseName}", connection);
            command.ExecuteNonQuery();
        }

        builder.Database = _databaseName;
        return new ArgusServerFactory { Overrides = new Dictionary<string, string?> { ["Argus:Database"] = builder.ConnectionString } };
    }

    public async ValueTask DisposeAsync()
    {
        if (!_server.IsValueCreated)
        {
            return;
        }

        await _server.Value.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(RequireServer());
        await connection.OpenAsync();
        // FORCE ends lingering backends; it is refused while an autovacuum worker of another role is in the database,
        // which a plain DROP waits out. A bounded number of attempts, then the error.
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
