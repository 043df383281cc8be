using Argus.ActuatorSim.Certificates;
using Argus.OpenC2.Language;
using Argus.OpenC2.Transfer;
using static Argus.OpenC2.Tests.Transfer.SimulatorClients;

namespace Argus.OpenC2.Tests.Transfer;

/// <summary>Server trust, mutual TLS and HTTP authentication over real TLS on 127.0.0.1.</summary>
public sealed class OpenC2ClientSecurityTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SendAsync_ServerCertificateFromAnotherAuthority_IsRefusedAsTls()
    {
        using var stranger = SimulatorCertificates.CreateAuthority(TimeProvider.System, "Not the simulator");
        await using var simulator = await StartAsync();
        using var client = new OpenC2Client(EndpointFor(simulator) with { TrustedCertificateAuthorities = Anchors(stranger) });

        var result = await client.SendAsync(TestCommands.QueryFeatures(), Cancel);

        Assert.Equal(OpenC2TransportFailure.Tls, Assert.IsType<OpenC2SendResult.TransportError>(result).Failure);
        Assert.Empty(simulator.Received);
    }

    [Fact]
    public async Task SendAsync_SelfSignedServerWithMachineTrustOnly_IsRefusedAsTls()
    {
        await using var simulator = await StartAsync();
        using var client = new OpenC2Client(EndpointFor(simulator) with { TrustedCertificateAuthorities = null });

        var result = await client.SendAsync(TestCommands.QueryFeatures(), Cancel);

        Assert.Equal(OpenC2TransportFailure.Tls, Assert.IsType<OpenC2SendResult.TransportError>(result).Failure);
    }

    [Fact]
    public async Task SendAsync_ServerCertificateIssuedByTheTrustedAuthority_IsAccepted()
    {
        using var authority = SimulatorCertificates.CreateAuthority(TimeProvider.System, "Argus test CA");
        using var serverCertificate = SimulatorCertificates.IssueServer(authority, TimeProvider.System);
        await using var simulator = await StartAsync(new() { ServerCertificate = serverCertificate });
        using var client = new OpenC2Client(EndpointFor(simulator) with { TrustedCertificateAuthorities = Anchors(authority) });

        var result = await client.SendAsync(TestCommands.QueryFeatures(), Cancel);

        Assert.IsType<OpenC2SendResult.Response>(result);
    }

    [Fact]
    public async Task SendAsync_PinnedFingerprintOfTheServer_IsAcceptedAndAnotherPinIsRefused()
    {
        await using var simulator = await StartAsync();
        using var pinned = new OpenC2Client(EndpointFor(simulator) with
        {
            TrustedCertificateAuthorities = null,
            PinnedServerCertificateSha256 = simulator.ServerCertificateSha256,
        });
        using var wrongPin = new OpenC2Client(EndpointFor(simulator) with
        {
            TrustedCertificateAuthorities = null,
            PinnedServerCertificateSha256 = new string('A', 64),
        });

        var accepted = await pinned.SendAsync(TestCommands.QueryFeatures(), Cancel);
        var refused = await wrongPin.SendAsync(TestCommands.QueryFeatures(), Cancel);

        Assert.IsType<OpenC2SendResult.Response>(accepted);
        Assert.Equal(OpenC2TransportFailure.Tls, Assert.IsType<OpenC2SendResult.TransportError>(refused).Failure);
    }

    [Fact]
    public async Task SendAsync_MutualTlsWithAClientCertificateFromTheTrustedAuthority_IsAccepted()
    {
        using var authority = SimulatorCertificates.CreateAuthority(TimeProvider.System, "Producers CA");
        using var producer = SimulatorCertificates.IssueClient(authority, TimeProvider.System, "producer-1");
        await using var simulator = await StartAsync(new() { RequireClientCertificate = true, TrustedClientCertificateAuthority = authority });
        using var client = new OpenC2Client(EndpointFor(simulator) with { ClientCertificate = producer });

        var result = await client.SendAsync(TestCommands.QueryFeatures(), Cancel);

        Assert.IsType<OpenC2SendResult.Response>(result);
        Assert.Equal("CN=producer-1", Assert.Single(simulator.Received).ClientCertificateSubject);
    }

    [Fact]
    public async Task SendAsync_MutualTlsWithoutAClientCertificate_IsRefused()
    {
        using var authority = SimulatorCertificates.CreateAuthority(TimeProvider.System, "Producers CA");
        await using var simulator = await StartAsync(new() { RequireClientCertificate = true, TrustedClientCertificateAuthority = authority });
        using var client = ClientFor(simulator);

        var result = await client.SendAsync(TestCommands.QueryFeatures(), Cancel);

        Assert.IsType<OpenC2SendResult.TransportError>(result);
        Assert.Empty(simulator.Received);
    }

    [Fact]
    public async Task SendAsync_MutualTlsWithAClientCertificateFromAnotherAuthority_IsRefused()
    {
        using var authority = SimulatorCertificates.CreateAuthority(TimeProvider.System, "Producers CA");
        using var other = SimulatorCertificates.CreateAuthority(TimeProvider.System, "Other CA");
        using var intruder = SimulatorCertificates.IssueClient(other, TimeProvider.System, "intruder");
        await using var simulator = await StartAsync(new() { RequireClientCertificate = true, TrustedClientCertificateAuthority = authority });
        using var client = new OpenC2Client(EndpointFor(simulator) with { ClientCertificate = intruder });

        var result = await client.SendAsync(TestCommands.QueryFeatures(), Cancel);

        Assert.IsType<OpenC2SendResult.TransportError>(result);
        Assert.Empty(simulator.Received);
    }

    [Fact]
    public async Task SendAsync_BearerToken_SendsTheAuthorizationHeaderTheConsumerRequires()
    {
        await using var simulator = await StartAsync(new() { RequiredAuthorization = "Bearer s3cret-token" });
        using var client = new OpenC2Client(EndpointFor(simulator) with { Authentication = new OpenC2Authentication.Bearer("s3cret-token") });

        var result = await client.SendAsync(TestCommands.QueryFeatures(), Cancel);

        Assert.Equal(OpenC2StatusCode.Ok, Assert.IsType<OpenC2SendResult.Response>(result).Message.Response.Status);
        Assert.Equal("Bearer s3cret-token", Assert.Single(simulator.Received).Authorization);
    }

    [Fact]
    public async Task SendAsync_BasicCredentials_SendsBase64OfUserColonPassword()
    {
        var expected = "Basic " + Convert.ToBase64String("operator:pa:ss wörd"u8.ToArray());
        await using var simulator = await StartAsync(new() { RequiredAuthorization = expected });
        using var client = new OpenC2Client(EndpointFor(simulator) with { Authentication = new OpenC2Authentication.Basic("operator", "pa:ss wörd") });

        var result = await client.SendAsync(TestCommands.QueryFeatures(), Cancel);

        Assert.Equal(OpenC2StatusCode.Ok, Assert.IsType<OpenC2SendResult.Response>(result).Message.Response.Status);
    }

    [Fact]
    public async Task SendAsync_WrongBearerToken_ReportsTheBodyStatus401()
    {
        await using var simulator = await StartAsync(new() { RequiredAuthorization = "Bearer right" });
        using var client = new OpenC2Client(EndpointFor(simulator) with { Authentication = new OpenC2Authentication.Bearer("wrong") });

        var result = await client.SendAsync(TestCommands.QueryFeatures(), Cancel);

        Assert.Equal(OpenC2StatusCode.Unauthorized, Assert.IsType<OpenC2SendResult.Response>(result).Message.Response.Status);
    }

    [Fact]
    public void ToString_Credentials_NeverShowTheSecret()
    {
        var bearer = new OpenC2Authentication.Bearer("s3cret-token").ToString();
        var basic = new OpenC2Authentication.Basic("operator", "hunter2").ToString();
        var endpoint = new OpenC2Endpoint(new Uri("https://127.0.0.1")) { Authentication = new OpenC2Authentication.Bearer("s3cret-token") }.ToString();

        Assert.DoesNotContain("s3cret", bearer, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", basic, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", endpoint, StringComparison.Ordinal);
    }
}
