using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Argus.Server.Observability;

/// <summary>Logs one line per request (method, path without query string, status, duration) and returns the request
/// id as <c>X-Request-Id</c>. The id is in every entry's scope already (ASP.NET Core's hosting scope carries
/// <c>RequestId</c>). Never logs headers, query strings or bodies.</summary>
internal sealed partial class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext http)
    {
        var started = Stopwatch.GetTimestamp();
        http.Response.Headers["X-Request-Id"] = http.TraceIdentifier;
        try
        {
            await next(http).ConfigureAwait(false);
        }
        finally
        {
            RequestFinished(logger, http.Request.Method, http.Request.Path.Value ?? "/", http.Response.StatusCode,
                (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    [LoggerMessage(EventId = 5000, Level = LogLevel.Information, Message = "HTTP {Method} {Path} answered {StatusCode} in {DurationMs} ms")]
    private static partial void RequestFinished(ILogger logger, string method, string path, int statusCode, long durationMs);
}
