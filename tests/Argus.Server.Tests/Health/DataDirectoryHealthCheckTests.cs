using System.Net;
using System.Text.Json;
using Argus.Server.Tests.Support;

namespace Argus.Server.Tests.Health;

public sealed class DataDirectoryHealthCheckTests
{
    [Fact]
    public async Task Healthz_WritableDataDirectory_AnswersHealthy()
    {
        await using var server = new ArgusServerFactory();

        var response = await server.SendAsync(HttpMethod.Get, "/healthz", token: null);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var body = JsonDocument.Parse(response.Text).RootElement;
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        Assert.Equal("Healthy", body.GetProperty("checks").GetProperty("data-directory").GetString());
    }

    [Fact]
    public async Task Healthz_DataDirectoryRemoved_Answers503Unhealthy()
    {
        await using var server = new ArgusServerFactory();
        _ = server.Server; // start: creates the data directory and key
        Directory.Delete(server.DataDirectory, recursive: true);

        var response = await server.SendAsync(HttpMethod.Get, "/healthz", token: null);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.Status);
        Assert.Equal("Unhealthy", JsonDocument.Parse(response.Text).RootElement.GetProperty("status").GetString());
    }
}
