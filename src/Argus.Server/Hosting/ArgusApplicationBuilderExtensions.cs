using Argus.Server.Http;
using Argus.Server.Observability;
using Argus.Server.Streaming;
using Argus.Server.Ui;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection;

namespace Argus.Server.Hosting;

/// <summary>The Argus request pipeline and endpoints.</summary>
public static class ArgusApplicationBuilderExtensions
{
    /// <summary>GraphQL endpoint path.</summary>
    public const string GraphQlPath = "/graphql";

    /// <summary>GraphiQL page path.</summary>
    public const string GraphiqlPath = "/graphql/ui";

    public static IApplicationBuilder UseArgusServer(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // Start listening to the instruments now, not at the first scrape, so no early request goes uncounted.
        app.ApplicationServices.GetRequiredService<PrometheusExporter>();
        app.UseMiddleware<RequestLoggingMiddleware>();
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = SafeErrors.WriteUnexpectedAsync });
        app.UseRouting();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseEndpoints(endpoints =>
        {
            endpoints.MapMethods(GraphQlPath, ["GET", "POST"], (GraphQlEndpoint endpoint, Microsoft.AspNetCore.Http.HttpContext http) => endpoint.HandleAsync(http))
                .RequireRateLimiting(HardeningServiceCollectionExtensions.RateLimitPolicy);
            endpoints.MapExecutionEvents().RequireRateLimiting(HardeningServiceCollectionExtensions.RateLimitPolicy);
            endpoints.MapGraphiql(GraphiqlPath);
            endpoints.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = Health.HealthResponseWriter.WriteAsync });
            endpoints.MapPrometheusMetrics("/metrics");
        });
        return app;
    }
}
