using Npgsql;

namespace Argus.Testing;

/// <summary>
/// A PostgreSQL database of a test's own on the server named by <c>ARGUS_TEST_POSTGRES</c> (a non-superuser role, so
/// row-level security applies to it): created on first use, dropped on dispose. Skips the calling test visibly when
/// the variable is unset; under <c>CI=true</c> its absence is a failure.
/// </summary>
public sealed class PostgresTestDatabase : IAsyncDisposable
{
    /// <summary>The environment variable holding the server's connection string.</summary>
    public const string Variable = "ARGUS_TEST_POSTGRES";

    private readonly string _databaseName;
    private readonly string _purpose;
    private readonly Lazy<string> _connectionString;

    /// <param name="prefix">Start of the database name (letters, digits, underscores).</param>
    /// <param name="purpose">What the skip message says the server was needed for.</param>
    public PostgresTestDatabase(string prefix, string purpose)
    {
        _databaseName = prefix + "_" + Guid.NewGuid().ToString("N");
        _purpose = purpose;
        _connectionString = new Lazy<string>(Create);
    }

    /// <summary>The connection string of this test's database, created on first use.</summary>
    public string ConnectionString
    {
        get
        {
            RequireServer(_purpose);
            return _connectionString.Value;
        }
    }

    /// <summary>The server's connection string; skips (or fails under CI) when it is not configured.</summary>
    public static string RequireServer(string purpose)
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(server))
        {
            return server;
        }

        var reason = $"{Variable} is unset: no PostgreSQL server to run {purpose} against.";
        if (RepositoryPaths.IsCi)
        {
            throw new InvalidOperationException(reason + " Under CI=true this is a failure, not a skip.");
        }

        Xunit.Assert.Skip(reason);
        return ""; // unreachable: Assert.Skip throws
    }

    /// <summary>Drops the database when it was created.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_connectionString.IsValueCreated)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(RequireServer(_purpose));
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

    private string Create()
    {
        var builder = new NpgsqlConnectionStringBuilder(RequireServer(_purpose));
        using (var connection = new NpgsqlConnection(builder.ConnectionString))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE {_databaseName}", connection);
            command.ExecuteNonQuery();
        }

        builder.Database = _databaseName;
        return builder.ConnectionString;
    }
}
