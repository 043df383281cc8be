using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Argus.Server.Observability;

/// <summary>Registers metrics, the Prometheus endpoint and structured JSON logging.</summary>
public static class ObservabilityExtensions
{
    public static IServiceCollection AddArgusObservability(this IServiceCollection services)
    {
        services.AddMetrics();
        services.AddSingleton<ArgusMetrics>();
        services.AddSingleton<PrometheusExporter>();
        return services;
    }

    /// <summary>JSON console logs with scopes (request id). Framework categories that would log URLs with query
    /// strings (variables) or authentication details are kept at Warning.</summary>
    public static ILoggingBuilder AddArgusLogging(this ILoggingBuilder logging)
    {
        ArgumentNullException.ThrowIfNull(logging);
        logging.ClearProviders();
        logging.AddJsonConsole(options =>
        {
            options.IncludeScopes = true;
            options.UseUtcTimestamp = true;
            options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
        });
        logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
        logging.AddFilter("Microsoft.AspNetCore.Routing", LogLevel.Warning);
        logging.AddFilter("Microsoft.AspNetCore.Authentication", LogLevel.Warning);
        logging.AddFilter("Microsoft.AspNetCore.Http.Result", LogLevel.Warning);
        return logging;
    }

    public static IEndpointConventionBuilder MapPrometheusMetrics(this IEndpointRouteBuilder endpoints, string pattern)
    {
        return endpoints.MapGet(pattern, (PrometheusExporter exporter) =>
            Results.Text(exporter.Render(), "text/plain; version=0.0.4; charset=utf-8"));
    }
}
