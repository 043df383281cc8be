using Argus.Server.Hosting;
using Argus.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Argus.Server.Storage;

/// <summary>Brings the database schema up to date before the host starts serving (a failure stops the start).</summary>
internal sealed partial class StorageMigrationService(
    ArgusStorage storage, IOptions<ArgusServerOptions> options, ILogger<StorageMigrationService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (storage.Provider == StorageProvider.Sqlite)
        {
            DataDirectory.Ensure(options.Value.DataDirectory);
        }

        var result = await storage.MigrateAsync(cancellationToken).ConfigureAwait(false);
        LogMigrated(logger, storage.Provider, result.CurrentVersion, result.Applied.Length);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Storage on {Provider} at schema version {Version} ({Applied} migrations applied now)")]
    private static partial void LogMigrated(ILogger logger, StorageProvider provider, int version, int applied);
}
