using System.Data.Common;
using Argus.Storage;
using Argus.Testing;
using Npgsql;

namespace Argus.Storage.Tests.Support;

/// <summary>The storage suite on a PostgreSQL database of its own (see <see cref="PostgresTestDatabase"/>).</summary>
public sealed class PostgresTarget : StorageTarget
{
    private const string Purpose = "the PostgreSQL half of the storage suite";

    private readonly PostgresTestDatabase _database = new("argus_test", Purpose);

    public override StorageOptions Options => new() { ConnectionString = ConnectionString };

    public string ConnectionString => _database.ConnectionString;

    public static string RequireServer() => PostgresTestDatabase.RequireServer(Purpose);

    public override async Task<DbConnection> OpenRawAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }
}
