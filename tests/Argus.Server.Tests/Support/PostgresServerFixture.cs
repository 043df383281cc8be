using Argus.Testing;

namespace Argus.Server.Tests.Support;

/// <summary>An Argus host on a PostgreSQL database of its own (see <see cref="PostgresTestDatabase"/>).</summary>
public sealed class PostgresServerFixture : IAsyncDisposable
{
    private const string Purpose = "the PostgreSQL half of the API tests";

    private readonly PostgresTestDatabase _database = new("argus_server_test", Purpose);
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

    public static string RequireServer() => PostgresTestDatabase.RequireServer(Purpose);

    private ArgusServerFactory CreateServer() =>
        new() { Overrides = new Dictionary<string, string?> { ["Argus:Database"] = _database.ConnectionString } };

    public async ValueTask DisposeAsync()
    {
        if (_server.IsValueCreated)
        {
            await _server.Value.DisposeAsync();
        }

        await _database.DisposeAsync();
    }
}
