using Argus.Server.Actuators;
using Argus.Server.Authentication;
using Argus.Server.Executions;
using Argus.Server.Health;
using Argus.Server.Http;
using Argus.Server.Observability;
using Argus.Server.Storage;
using Argus.Server.Streaming;
using Microsoft.Extensions.DependencyInjection;

namespace Argus.Server.Hosting;

/// <summary>Registers every Argus server concern.</summary>
public static class ArgusServiceCollectionExtensions
{
    public static IServiceCollection AddArgusServer(this IServiceCollection services)
    {
        services.AddOptions<ArgusServerOptions>().BindConfiguration(ArgusServerOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddRouting(); // WebApplication adds it itself; the generic host (tests) does not
        services.AddArgusActuators();
        return services
            .AddArgusAuthentication()
            .AddArgusGraphQL()
            .AddArgusHardening()
            .AddArgusObservability()
            .AddArgusHealthChecks()
            .AddArgusServerStorage()
            .AddArgusExecutions()
            .AddArgusExecutionEvents();
    }
}
