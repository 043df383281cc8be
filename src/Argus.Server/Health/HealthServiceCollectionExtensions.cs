using Microsoft.Extensions.DependencyInjection;

namespace Argus.Server.Health;

/// <summary>Registers the health checks behind <c>/healthz</c>; storage adds its database check beside these.</summary>
public static class HealthServiceCollectionExtensions
{
    public static IServiceCollection AddArgusHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DataDirectoryHealthCheck>("data-directory");
        return services;
    }
}
