using System.Threading.RateLimiting;
using Argus.Server.Authentication;
using Argus.Server.Hosting;
using GraphQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Argus.Server.Http;

/// <summary>Registers request limits: body size (Kestrel) and the per-token rate limit.</summary>
public static class HardeningServiceCollectionExtensions
{
    public const string RateLimitPolicy = "per-token";

    public static IServiceCollection AddArgusHardening(this IServiceCollection services)
    {
        services.AddOptions<LimitsOptions>().BindConfiguration(LimitsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<LimitsOptions>>((kestrel, limits) =>
        {
            kestrel.Limits.MaxRequestBodySize = limits.Value.MaxRequestBodyBytes;
            kestrel.AddServerHeader = false;
        });
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, cancellationToken) =>
            {
                var http = context.HttpContext;
                var serializer = http.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
                return new ValueTask(GraphQlResponseWriter.WriteErrorAsync(http.Response,
                    GraphQlResponseWriter.AcceptsGraphQlResponse(http.Request), StatusCodes.Status429TooManyRequests,
                    "RATE_LIMITED", "Too many requests for this token; retry later.", serializer, cancellationToken));
            };
            options.AddPolicy(RateLimitPolicy, http =>
            {
                var limits = http.RequestServices.GetRequiredService<IOptions<LimitsOptions>>().Value;
                var caller = http.RequestServices.GetRequiredService<CallerContextFactory>().Create(http.User);
                // Partition by token identity (subject + organisation); callers without one share a bucket per address.
                var key = caller is null
                    ? "anonymous\n" + http.Connection.RemoteIpAddress
                    : "caller\n" + caller.Organization + "\n" + caller.User;
                return RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = limits.RequestsPerMinute,
                    TokensPerPeriod = limits.RequestsPerMinute,
                    ReplenishmentPeriod = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
        });
        return services;
    }
}
