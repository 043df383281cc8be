using System.Text.Json;
using Argus.OpenC2.Language;
using Argus.OpenC2.Transfer;
using static Argus.OpenC2.Tests.Transfer.SimulatorClients;

namespace Argus.OpenC2.Tests.Transfer;

/// <summary>The client against the in-process simulator over real TLS on 127.0.0.1: both transfer versions and rule state.</summary>
public sealed class OpenC2ClientTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SendAsync_QueryFeaturesOverV1_1_ReturnsTheBodyResultsWithTheRequestIdEchoed()
    {
        await using var simulator = await StartAsync();
        using var client = ClientFor(simulator);

        var result = await client.SendAsync(TestCommands.QueryFeatures(OpenC2Feature.Versions, OpenC2Feature.Profiles), Cancel);

        var response = Assert.IsType<OpenC2SendResult.Response>(result);
        Assert.Equal(OpenC2StatusCode.Ok, response.Message.Response.Status);
        Assert.Equal(["1.0"], response.Message.Response.Results!.Versions!.Value);
        Assert.Equal(["slpf"], response.Message.Response.Results.Profiles!.Value);
        Assert.Equal(result.RequestId, response.ResponseRequestId);
    }

    [Fact]
    public async Task SendAsync_V1_1_PutsTheExactSpecHeadersOnTheWire()
    {
        await using var simulator = await StartAsync();
        using var client = ClientFor(simulator);

        await client.SendAsync(TestCommands.QueryFeatures(), Cancel);

        var seen = Assert.Single(simulator.Received);
        Assert.Equal("POST", seen.Method);
        Assert.Equal("/.well-known/openc2", seen.Path);
        Assert.Equal("application/openc2+json;version=1.0", seen.ContentType);
        Assert.Equal("application/openc2+json;version=1.0", seen.Accept);
        Assert.Equal("no-cache", seen.CacheControl);
    }

    [Fact]
    public async Task SendAsync_V1_1_XRequestIdEqualsTheEnvelopeRequestId()
    {
        await using var simulator = await StartAsync();
        using var client = ClientFor(simulator);

        var result = await client.SendAsync(TestCommands.QueryFeatures(), new OpenC2SendOptions { RequestId = "req-42" }, Cancel);

        var seen = Assert.Single(simulator.Received);
        using var body = JsonDocument.Parse(seen.Body);
        Assert.Equal("req-42", seen.XRequestId);
        Assert.Equal("req-42", body.RootElement.GetProperty("headers").GetProperty("request_id").GetString());
        Assert.Equal("query", body.RootElement.GetProperty("body").GetProperty("openc2").GetProperty("request").GetProperty("action").GetString());
        Assert.Equal("req-42", result.RequestId);
    }

    [Fact]
    public async Task SendAsync_V1_0_SendsABareCommandWithTheV1_0MediaTypes()
    {
        await using var simulator = await StartAsync();
        using var client = ClientFor(simulator, OpenC2TransferVersion.V1_0);

        var result = await client.SendAsync(TestCommands.QueryFeatures(OpenC2Feature.Versions), Cancel);

        var response = Assert.IsType<OpenC2SendResult.Response>(result);
        var seen = Assert.Single(simulator.Received);
        using var body = JsonDocument.Parse(seen.Body);
        Assert.Equal("/openc2", seen.Path);
        Assert.Equal("application/openc2-cmd+json;version=1.0", seen.ContentType);
        Assert.Equal("application/openc2-rsp+json;version=1.0", seen.Accept);
        Assert.Equal(result.RequestId, seen.XRequestId);
        Assert.Equal("query", body.RootElement.GetProperty("action").GetString());
        Assert.Same(OpenC2MessageHeaders.None, response.Message.Headers);
        Assert.Equal(["1.0"], response.Message.Response.Results!.Versions!.Value);
    }

    [Fact]
    public async Task SendAsync_V1_0OnAConfiguredPath_ReachesThatPath()
    {
        await using var simulator = await StartAsync(new() { V1_0Path = "/api/oc2", Transfer = global::Argus.ActuatorSim.SimulatorTransfer.V1_0 });
        using var client = ClientFor(simulator, OpenC2TransferVersion.V1_0);

        var result = await client.SendAsync(TestCommands.QueryFeatures(), Cancel);

        Assert.IsType<OpenC2SendResult.Response>(result);
        Assert.Equal("/api/oc2", Assert.Single(simulator.Received).Path);
    }

    [Fact]
    public async Task SendAsync_DenyThenDeleteTheRule_RuleStateFollowsAndASecondDeleteFails()
    {
        await using var simulator = await StartAsync();
        using var client = ClientFor(simulator);

        var deny = Assert.IsType<OpenC2SendResult.Response>(await client.SendAsync(TestCommands.DenyIpv4("198.51.100.0/24"), Cancel));
        var number = TestCommands.RuleNumberOf(deny.Message.Response);
        var stored = Assert.Single(simulator.Rules.Snapshot());
        var delete = Assert.IsType<OpenC2SendResult.Response>(await client.SendAsync(TestCommands.DeleteRule(number), Cancel));
        var again = Assert.IsType<OpenC2SendResult.Response>(await client.SendAsync(TestCommands.DeleteRule(number), Cancel));

        Assert.Equal(number, stored.Number);
        Assert.Equal(new OpenC2Target.Ipv4Net("198.51.100.0/24"), stored.Target);
        Assert.Equal(OpenC2StatusCode.Ok, delete.Message.Response.Status);
        Assert.Equal(0, simulator.Rules.Count);
        Assert.Equal(OpenC2StatusCode.InternalError, again.Message.Response.Status);
    }

    [Fact]
    public async Task SendAsync_EndpointWantingProfile_SendsTheActuatorUnderProfile()
    {
        await using var simulator = await StartAsync();
        using var client = new OpenC2Client(EndpointFor(simulator) with { ActuatorMember = OpenC2ActuatorMember.Profile });

        var result = await client.SendAsync(TestCommands.DenyIpv4("192.0.2.0/24"), Cancel);

        using var body = JsonDocument.Parse(Assert.Single(simulator.Received).Body);
        var sent = body.RootElement.GetProperty("body").GetProperty("openc2").GetProperty("request");
        Assert.True(sent.TryGetProperty("profile", out _));
        Assert.False(sent.TryGetProperty("actuator", out _));
        Assert.Equal(OpenC2StatusCode.Ok, Assert.IsType<OpenC2SendResult.Response>(result).Message.Response.Status);
    }

    [Fact]
    public async Task SendAsync_V1_1ToAConsumerServingOnlyV1_0_ReportsHttpError404()
    {
        await using var simulator = await StartAsync(new() { Transfer = global::Argus.ActuatorSim.SimulatorTransfer.V1_0 });
        using var client = ClientFor(simulator);

        var result = await client.SendAsync(TestCommands.QueryFeatures(), Cancel);

        Assert.Equal(404, Assert.IsType<OpenC2SendResult.HttpError>(result).HttpStatus);
    }

    [Fact]
    public async Task SendAsync_InvalidCommand_IsNotSent()
    {
        await using var simulator = await StartAsync();
        using var client = ClientFor(simulator);
        var command = new OpenC2Command(OpenC2Action.Allow, new OpenC2Target.Ipv4Net("10.0.0.256"));

        var result = await client.SendAsync(command, Cancel);

        var invalid = Assert.IsType<OpenC2SendResult.InvalidCommand>(result);
        Assert.Equal("/target/ipv4_net", Assert.Single(invalid.Report.Issues).Path);
        Assert.Empty(simulator.Received);
    }

    [Fact]
    public async Task SendAsync_UnsupportedCommand_ReportsTheBodyStatus501()
    {
        await using var simulator = await StartAsync();
        using var client = ClientFor(simulator);

        var result = await client.SendAsync(TestCommands.ContainDevice(), Cancel);

        var response = Assert.IsType<OpenC2SendResult.Response>(result);
        Assert.Equal(OpenC2StatusCode.NotImplemented, response.Message.Response.Status);
        Assert.Equal(501, response.HttpStatus);
    }

    [Fact]
    public async Task SendAsync_CancelledByTheCaller_Throws()
    {
        await using var simulator = await StartAsync(new() { HangFor = TimeSpan.FromMinutes(1) });
        using var client = ClientFor(simulator);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.SendAsync(TestCommands.QueryFeatures(), cancelled.Token));
    }

    [Fact]
    public async Task SendAsync_NothingListening_ReportsAConnectionError()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var client = new OpenC2Client(new OpenC2Endpoint(new Uri($"https://127.0.0.1:{port}")) { Timeout = TimeSpan.FromSeconds(20) });

        var result = await client.SendAsync(TestCommands.QueryFeatures(), Cancel);

        Assert.Equal(OpenC2TransportFailure.Connection, Assert.IsType<OpenC2SendResult.TransportError>(result).Failure);
    }
}
