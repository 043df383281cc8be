namespace Argus.Server.Tests.Support;

/// <summary><see cref="WorkerlessServerFixture"/> on a PostgreSQL database of its own (<see cref="PostgresTestDatabase"/>).</summary>
public sealed class WorkerlessPostgresServerFixture : IAsyncDisposable
{
    private const string Purpose = "the PostgreSQL half of the execution API tests";

    private readonly PostgresTestDatabase _database = new("argus_execapi_test", Purpose);
    private readonly Lazy<ArgusServerFactory> _server;

    public WorkerlessPostgresServerFixture() => _server = new Lazy<ArgusServerFactory>(() => new ArgusServerFactory
    {
        Overrides = new Dictionary<string, string?>
        {
            ["Argus:Database"] = _database.ConnectionString,
            [WorkerlessServerFixture.WorkerSwitch] = "false",
        },
    });

    public ArgusServerFactory Server
    {
        get
        {
            PostgresTestDatabase.RequireServer(Purpose);
            return _server.Value;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_server.IsValueCreated)
        {
            await _server.Value.DisposeAsync();
        }

        await _database.DisposeAsync();
    }
}
