using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Argus.Server.Streaming;

/// <summary>Registers and maps <c>GET /executions/{id}/events</c>.</summary>
public static class ExecutionEventsServiceCollectionExtensions
{
    public static IServiceCollection AddArgusExecutionEvents(this IServiceCollection services)
    {
        services.AddOptions<ExecutionEventsOptions>().BindConfiguration(ExecutionEventsOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ExecutionEventsEndpoint>();
        return services;
    }

    public static IEndpointConventionBuilder MapExecutionEvents(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapGet(ExecutionEventsEndpoint.Path,
            (ExecutionEventsEndpoint endpoint, HttpContext http, string id) => endpoint.HandleAsync(http, id));
    }
}
