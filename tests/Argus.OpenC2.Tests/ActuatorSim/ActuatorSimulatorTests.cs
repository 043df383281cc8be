using System.Net;
using System.Text;
using Argus.ActuatorSim;
using Argus.OpenC2.Transfer;

namespace Argus.OpenC2.Tests.ActuatorSim;

/// <summary>The simulator seen through a plain <see cref="HttpClient"/> over real TLS, trusting its certificate by pin.</summary>
public sealed class ActuatorSimulatorTests
{
    [Fact]
    public async Task StartAsync_PortZero_BindsLoopbackAndAnswersQueryFeatures()
    {
        await using var simulator = await ActuatorSimulator.StartAsync(new SimulatorOptions(), TestContext.Current.CancellationToken);
        using var client = PinnedClient(simulator);

        using var response = await client.SendAsync(V11Request(simulator,
            """{"headers":{"request_id":"r1"},"body":{"openc2":{"request":{"action":"query","target":{"features":["versions"]}}}}}"""),
            TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal("127.0.0.1", simulator.BaseUri.Host);
        Assert.NotEqual(0, simulator.BaseUri.Port);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"versions\":[\"1.0\"]", body, StringComparison.Ordinal);
        Assert.Contains("\"request_id\":\"r1\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_NonLoopbackAddress_IsRefused()
    {
        var options = new SimulatorOptions { Address = IPAddress.Any };

        await Assert.ThrowsAsync<ArgumentException>(() => ActuatorSimulator.StartAsync(options, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Post_ContentTypeWithSpaceUnderExactMatching_Answers400()
    {
        await using var simulator = await ActuatorSimulator.StartAsync(new SimulatorOptions { ExactContentTypeMatch = true },
            TestContext.Current.CancellationToken);
        using var client = PinnedClient(simulator);
        var request = V11Request(simulator, """{"body":{"openc2":{"request":{"action":"query","target":{"features":[]}}}}}""",
            "application/openc2+json; version=1.0");

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_OtherMediaTypeUnderLenientMatching_Answers415()
    {
        await using var simulator = await ActuatorSimulator.StartAsync(new SimulatorOptions(), TestContext.Current.CancellationToken);
        using var client = PinnedClient(simulator);

        using var response = await client.SendAsync(V11Request(simulator, "{}", "application/json"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Post_InvalidCommand_Answers400WithValidationErrorInTheBody()
    {
        await using var simulator = await ActuatorSimulator.StartAsync(new SimulatorOptions(), TestContext.Current.CancellationToken);
        using var client = PinnedClient(simulator);

        using var response = await client.SendAsync(V11Request(simulator,
            """{"body":{"openc2":{"request":{"action":"deny","target":{"ipv4_net":"10.0.0.300"}}}}}"""), TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Validation Error: /body/openc2/request/target/ipv4_net", body, StringComparison.Ordinal);
        Assert.Equal(0, simulator.Rules.Count);
    }

    internal static HttpClient PinnedClient(RunningSimulator simulator)
    {
        var pin = simulator.ServerCertificateSha256;
        var handler = new SocketsHttpHandler
        {
            SslOptions =
            {
                RemoteCertificateValidationCallback = (_, certificate, _, _) =>
                    certificate is not null && string.Equals(certificate.GetCertHashString(System.Security.Cryptography.HashAlgorithmName.SHA256), pin, StringComparison.OrdinalIgnoreCase),
            },
        };
        return new HttpClient(handler);
    }

    private static HttpRequestMessage V11Request(RunningSimulator simulator, string json, string contentType = OpenC2ContentTypes.V1_1)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(json));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return new HttpRequestMessage(HttpMethod.Post, simulator.V1_1Uri) { Content = content };
    }
}
