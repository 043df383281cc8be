using System.Data.Common;
using Argus.Storage;
using Argus.Storage.Access;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Argus.Server.Storage;

/// <summary>Healthy when the database answers a one-row lookup; the state only, never the error text (it could name
/// hosts or credentials).</summary>
internal sealed class DatabaseHealthCheck(ArgusStorage storage) : IHealthCheck
{
    private static readonly OrganisationId Probe = OrganisationId.From("argus-health-probe");

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            _ = await storage.Organisations.GetAsync(Probe, cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy();
        }
        catch (DbException)
        {
            return HealthCheckResult.Unhealthy("The database does not answer.");
        }
    }
}
