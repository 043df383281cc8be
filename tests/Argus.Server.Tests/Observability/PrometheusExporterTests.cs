using System.Net;
using Argus.Server.Authorization;
using Argus.Server.Tests.Support;

namespace Argus.Server.Tests.Observability;

public sealed class PrometheusExporterTests
{
    [Fact]
    public async Task Metrics_AfterQueriesAndRefusals_CountsThemByOperationAndStatus()
    {
        await using var server = new ArgusServerFactory();
        var token = server.CreateToken("mia", "org-metrics", ClassificationLevel.Unclassified);
        await server.PostAsync("{ me { user } }", token);
        await server.PostAsync("{ me { user } }", token);
        await server.PostAsync("{ me { user } }", token: null);

        var response = await server.SendAsync(HttpMethod.Get, "/metrics", token: null);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("text/plain", response.MediaType);
        var lines = response.Text.Split('\n');
        Assert.Contains("# TYPE argus_graphql_requests_total counter", lines);
        Assert.Contains("argus_graphql_requests_total{operation=\"query\",status=\"200\"} 2", lines);
        Assert.Contains("argus_graphql_requests_total{operation=\"none\",status=\"401\"} 1", lines);
        Assert.Contains("argus_graphql_request_duration_seconds_count{operation=\"query\",status=\"200\"} 2", lines);
        Assert.Contains(lines, l => l.StartsWith("argus_graphql_request_duration_seconds_bucket{operation=\"query\",status=\"200\",le=\"+Inf\"} 2", StringComparison.Ordinal));
    }
}
