using GraphQL;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Argus.Server.Http;

/// <summary>The answer to an exception no endpoint handled: a generic message with the request id; the
/// exception itself is logged server-side by the exception handler middleware.</summary>
internal static class SafeErrors
{
    public static Task WriteUnexpectedAsync(HttpContext http)
    {
        var serializer = http.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        var status = http.Features.Get<IExceptionHandlerFeature>()?.Error is BadHttpRequestException bad
            ? bad.StatusCode
            : StatusCodes.Status500InternalServerError;
        var message = status == StatusCodes.Status500InternalServerError
            ? $"An internal error occurred (request {http.TraceIdentifier})."
            : "The request could not be read.";
        return GraphQlResponseWriter.WriteErrorAsync(http.Response, modern: false, status,
            status == StatusCodes.Status500InternalServerError ? "INTERNAL_SERVER_ERROR" : "BAD_REQUEST", message, serializer,
            http.RequestAborted);
    }
}
