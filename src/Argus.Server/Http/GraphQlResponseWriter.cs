using GraphQL;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Argus.Server.Http;

/// <summary>Writes GraphQL results and request errors with GraphQL-over-HTTP media types and status codes.</summary>
internal sealed class GraphQlResponseWriter(IGraphQLTextSerializer serializer)
{
    public const string GraphQlResponseMediaType = "application/graphql-response+json";
    private const string JsonMediaType = "application/json";

    /// <summary>An execution result: 200, except a request that never executed (syntax, validation, access) which is
    /// 400 under <c>application/graphql-response+json</c>, and a mutation sent with GET which is 405.</summary>
    public async Task WriteResultAsync(HttpContext http, ExecutionResult result, CancellationToken cancellationToken)
    {
        var modern = AcceptsGraphQlResponse(http.Request);
        var status = StatusCodes.Status200OK;
        if (result.Errors?.Any(e => e.Code == QueryOnlyOverGetRule.Code) == true)
        {
            status = StatusCodes.Status405MethodNotAllowed;
            http.Response.Headers.Allow = "POST";
        }
        else if (modern && !result.Executed)
        {
            status = StatusCodes.Status400BadRequest;
        }

        http.Response.StatusCode = status;
        http.Response.ContentType = (modern ? GraphQlResponseMediaType : JsonMediaType) + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A request-level error (no execution) as <c>{"errors":[{"message","extensions":{"code"}}]}</c>.</summary>
    public Task WriteErrorAsync(HttpContext http, int statusCode, string code, string message, CancellationToken cancellationToken) =>
        WriteErrorAsync(http.Response, AcceptsGraphQlResponse(http.Request), statusCode, code, message, serializer, cancellationToken);

    public static async Task WriteErrorAsync(HttpResponse response, bool modern, int statusCode, string code, string message,
        IGraphQLTextSerializer serializer, CancellationToken cancellationToken)
    {
        var result = new ExecutionResult { Executed = false };
        result.AddError(new ExecutionError(message) { Code = code });
        response.StatusCode = statusCode;
        response.ContentType = (modern ? GraphQlResponseMediaType : JsonMediaType) + "; charset=utf-8";
        await serializer.WriteAsync(response.Body, result, cancellationToken).ConfigureAwait(false);
    }

    public static bool AcceptsGraphQlResponse(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted))
        {
            return false;
        }

        return accepted.Any(a => a.MediaType.Equals(GraphQlResponseMediaType, StringComparison.OrdinalIgnoreCase)
            && (a.Quality ?? 1) > 0);
    }
}
