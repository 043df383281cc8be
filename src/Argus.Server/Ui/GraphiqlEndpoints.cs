using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Argus.Server.Ui;

/// <summary>Serves the GraphiQL page and its bundle (from <c>wwwroot/graphiql</c>, embedded in the assembly), so the
/// IDE works with no internet access. The page is public; every query it sends needs a token.</summary>
internal static class GraphiqlEndpoints
{
    // Same-origin only: no CDN, no inline script. GraphiQL sets inline styles and uses data: fonts and images.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
        + "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    public static void MapGraphiql(this IEndpointRouteBuilder endpoints, string path)
    {
        endpoints.MapGet(path, (HttpContext http) => Serve(http, "graphiql/index.html", "text/html; charset=utf-8"));
        endpoints.MapGet(path + "/graphiql.js", (HttpContext http) => Serve(http, "graphiql/graphiql.js", "text/javascript; charset=utf-8"));
        endpoints.MapGet(path + "/graphiql.css", (HttpContext http) => Serve(http, "graphiql/graphiql.css", "text/css; charset=utf-8"));
    }

    private static IResult Serve(HttpContext http, string resource, string contentType)
    {
        var stream = typeof(GraphiqlEndpoints).Assembly.GetManifestResourceStream(resource);
        if (stream is null)
        {
            return Results.NotFound();
        }

        http.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.CacheControl = "no-cache";
        return Results.Stream(stream, contentType);
    }
}
