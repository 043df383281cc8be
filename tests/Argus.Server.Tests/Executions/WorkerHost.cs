using Argus.Server.Executions;
using Argus.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Argus.Server.Tests.Executions;

/// <summary>The real Argus host (in memory) on a shared test database with short lease settings, so tests see
/// claims, renewals and releases within seconds.</summary>
public sealed class WorkerHost : IAsyncDisposable
{
    private readonly ArgusServerFactory _server;

    private WorkerHost(ArgusServerFactory server) => _server = server;

    public ExecutionWorker Worker => _server.Services.GetRequiredService<ExecutionWorker>();

    public static WorkerHost Start(ExecutionTestDatabase database, string workerId, int maxConcurrent = 8)
    {
        var server = new ArgusServerFactory
        {
            Overrides = new Dictionary<string, string?>
            {
                ["Argus:Database"] = database.ConnectionString,
                ["Argus:Executions:WorkerId"] = workerId,
                ["Argus:Executions:MaxConcurrent"] = maxConcurrent.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Argus:Executions:LeaseDuration"] = "00:00:04",
                ["Argus:Executions:RenewInterval"] = "00:00:01",
                ["Argus:Executions:PollInterval"] = "00:00:00.050",
            },
        };
        _ = server.Services; // starts the host, and with it the worker
        return new WorkerHost(server);
    }

    /// <summary>Stops the host in order (the worker interrupts and releases its executions) and deletes its data.</summary>
    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
