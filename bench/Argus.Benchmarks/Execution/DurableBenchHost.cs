using System.Globalization;
using Argus.Execution.Capabilities;
using Argus.Server.Executions;
using Argus.Storage;
using Argus.Storage.Access;
using Argus.Storage.Playbooks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Argus.Benchmarks.Execution;

/// <summary>
/// The server's execution worker (<see cref="ExecutionServiceCollectionExtensions.AddArgusExecutions"/>) in a bare
/// generic host on a bench database, with the no-op capability; the worker starts with <see cref="StartAsync"/>.
/// </summary>
internal sealed class DurableBenchHost : IAsyncDisposable
{
    private readonly IHost _host;

    private DurableBenchHost(IHost host, ArgusStorage storage, AccessScope scope)
    {
        _host = host;
        Storage = storage;
        Scope = scope;
    }

    public ArgusStorage Storage { get; }

    public AccessScope Scope { get; }

    /// <summary>Builds the host, migrates and imports the playbooks; the worker is not running yet.</summary>
    public static async Task<DurableBenchHost> CreateAsync(StorageOptions options, int maxConcurrent, IEnumerable<int> playbookSizes)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Argus:Executions:WorkerId"] = "bench",
            ["Argus:Executions:MaxConcurrent"] = maxConcurrent.ToString(CultureInfo.InvariantCulture),
            ["Argus:Executions:PollInterval"] = "00:00:00.020",
        });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddArgusStorage(o =>
        {
            o.DataDirectory = options.DataDirectory;
            o.ConnectionString = options.ConnectionString;
        });
        builder.Services.AddArgusExecutions();
        builder.Services.AddSingleton<ICapability, NoOpCapability>();
        var host = builder.Build();
        var storage = host.Services.GetRequiredService<ArgusStorage>();
        await storage.MigrateAsync(CancellationToken.None).ConfigureAwait(false);
        var organisation = OrganisationId.From("bench");
        await storage.Organisations.EnsureAsync(organisation, null, CancellationToken.None).ConfigureAwait(false);
        var scope = AccessScope.Administrator(organisation, "bench");
        foreach (var size in playbookSizes)
        {
            var result = await storage.Playbooks.ImportAsync(scope, new ImportRequest(BenchExecutionPlaybook.Create(size)), CancellationToken.None)
                .ConfigureAwait(false);
            if (result is not (ImportResult.Stored or ImportResult.Unchanged))
            {
                var issues = result is ImportResult.Rejected rejected
                    ? string.Join("; ", rejected.Report.Issues.Select(i => $"{i.Path}: {i.Code}: {i.Message}"))
                    : result.ToString();
                throw new InvalidOperationException($"The bench playbook was not stored: {issues}");
            }
        }

        return new DurableBenchHost(host, storage, scope);
    }

    public Task StartAsync() => _host.StartAsync(CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync(CancellationToken.None).ConfigureAwait(false);
        _host.Dispose();
    }
}
