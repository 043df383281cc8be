using Argus.Server.Hosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Argus.Server.Health;

/// <summary>Healthy when the data directory exists and accepts a write.</summary>
internal sealed class DataDirectoryHealthCheck(IOptions<ArgusServerOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var directory = options.Value.DataDirectory;
        if (!Directory.Exists(directory))
        {
            return HealthCheckResult.Unhealthy("The data directory is missing.");
        }

        var probe = Path.Combine(directory, $".health-{Environment.ProcessId}");
        try
        {
            await File.WriteAllTextAsync(probe, "ok", cancellationToken).ConfigureAwait(false);
            File.Delete(probe);
            return HealthCheckResult.Healthy();
        }
        catch (IOException)
        {
            return HealthCheckResult.Unhealthy("The data directory is not writable.");
        }
        catch (UnauthorizedAccessException)
        {
            return HealthCheckResult.Unhealthy("The data directory is not writable.");
        }
    }
}
