using Argus.OpenC2.Language;
using Argus.OpenC2.Transfer;
using static Argus.OpenC2.Tests.Transfer.SimulatorClients;

namespace Argus.OpenC2.Tests.Transfer;

/// <summary>Each awkward behaviour of real consumers, switched on in the simulator, and what the client makes of it.</summary>
public sealed class OpenC2ClientQuirkTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SendAsync_BodyStatusDiffersFromHttpStatus_TakesTheStatusFromTheBody()
    {
        await using var simulator = await StartAsync(new() { BodyStatusDiffersFromHttpStatus = true });
        using var client = ClientFor(simulator);

        var result = await client.SendAsync(TestCommands.ContainDevice(), Cancel);

        var response = Assert.IsType<OpenC2SendResult.Response>(result);
        Assert.Equal(200, response.HttpStatus);
        Assert.Equal(OpenC2StatusCode.NotImplemented, response.Message.Response.Status);
    }

    [Fact]
    public async Task SendAsync_ResponseRequestedNoneAnsweredWith204_ReportsNoResponseAndTheRuleExists()
    {
        await using var simulator = await StartAsync(new() { NoContentForResponseRequestedNone = true });
        using var client = ClientFor(simulator);

        var result = await client.SendAsync(TestCommands.DenyIpv4("203.0.113.9", OpenC2ResponseRequested.None), Cancel);

        Assert.Equal(204, Assert.IsType<OpenC2SendResult.NoResponse>(result).HttpStatus);
        Assert.Equal(1, simulator.Rules.Count);
    }

    [Fact]
    public async Task SendAsync_AckAnsweredWith102InTheBody_ReportsAccepted()
    {
        await using var simulator = await StartAsync(new() { ProcessingForAck = true });
        using var client = ClientFor(simulator);

        var result = await client.SendAsync(TestCommands.DenyIpv4("203.0.113.10", OpenC2ResponseRequested.Ack), Cancel);

        var accepted = Assert.IsType<OpenC2SendResult.Accepted>(result);
        Assert.Equal(OpenC2StatusCode.Processing, accepted.Message.Response.Status);
        Assert.Equal(200, accepted.HttpStatus);
    }

    [Fact]
    public async Task SendAsync_ExactContentTypeMatchingConsumer_AcceptsTheClientsContentType()
    {
        await using var simulator = await StartAsync(new() { ExactContentTypeMatch = true });
        using var client = ClientFor(simulator);

        var result = await client.SendAsync(TestCommands.QueryFeatures(), Cancel);

        Assert.Equal(OpenC2StatusCode.Ok, Assert.IsType<OpenC2SendResult.Response>(result).Message.Response.Status);
    }

    [Fact]
    public async Task SendAsync_ExactContentTypeMatchingConsumerOverV1_0_AcceptsTheClientsContentType()
    {
        await using var simulator = await StartAsync(new() { ExactContentTypeMatch = true });
        using var client = ClientFor(simulator, OpenC2TransferVersion.V1_0);

        var result = await client.SendAsync(TestCommands.QueryFeatures(), Cancel);

        Assert.Equal(OpenC2StatusCode.Ok, Assert.IsType<OpenC2SendResult.Response>(result).Message.Response.Status);
    }

    [Fact]
    public async Task SendAsync_HangingConsumer_EndsInTimeoutWithTheStepsTimeout()
    {
        await using var simulator = await StartAsync(new() { HangFor = TimeSpan.FromMinutes(5) });
        using var client = ClientFor(simulator);
        var timeout = TimeSpan.FromMilliseconds(300);

        var result = await client.SendAsync(TestCommands.QueryFeatures(), new OpenC2SendOptions { Timeout = timeout }, Cancel);

        Assert.Equal(timeout, Assert.IsType<OpenC2SendResult.Timeout>(result).After);
    }

    [Fact]
    public async Task SendAsync_ConsumerWithoutXRequestIdEcho_StillCorrelatesByTheEnvelope()
    {
        await using var simulator = await StartAsync(new() { OmitRequestIdHeader = true });
        using var client = ClientFor(simulator);

        var result = await client.SendAsync(TestCommands.QueryFeatures(), Cancel);

        Assert.Equal(result.RequestId, Assert.IsType<OpenC2SendResult.Response>(result).ResponseRequestId);
    }
}
