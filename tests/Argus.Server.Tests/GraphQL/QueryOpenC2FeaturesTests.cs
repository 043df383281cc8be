using System.Security.Cryptography.X509Certificates;
using Argus.ActuatorSim;
using Argus.ActuatorSim.Certificates;
using Argus.Server.Actuators;
using Argus.Server.Tests.Support;
using Argus.Storage;
using Argus.Storage.Access;
using Argus.Storage.Actuators;
using Argus.Storage.Secrets;
using Microsoft.Extensions.DependencyInjection;

namespace Argus.Server.Tests.GraphQL;

/// <summary>
/// <c>queryOpenC2Features</c> through the API against the sandbox SLPF actuator on 127.0.0.1 over real TLS: both transfer
/// versions, trusted CA and pin, mutual TLS with a bearer token, and the structured failures (wrong pin, timeout,
/// refused connection).
/// </summary>
public sealed class QueryOpenC2FeaturesTests(ArgusServerFactory server) : IClassFixture<ArgusServerFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task QueryFeatures_V1_1WithTheSimulatorCertificateAsTrustedCa_ReturnsEveryFeature()
    {
        await using var simulator = await ActuatorSimulator.StartAsync(new SimulatorOptions(), Cancel);
        var admin = ActuatorApiClient.Admin(server);
        var input = ActuatorApiClient.NewInput(simulator.BaseUri.GetLeftPart(UriPartial.Authority));
        input["trustedCertificateAuthorityPem"] = SimulatorCertificates.ExportPem(simulator.ServerCertificate);
        var id = await admin.CreateSavedAsync(input);

        var result = await admin.QueryFeaturesAsync(id);

        Assert.Equal(("RESPONSE", 200, 200), (result.GetProperty("outcome").GetString(), result.GetProperty("status").GetInt32(), result.GetProperty("httpStatus").GetInt32()));
        Assert.Equal(["1.0"], result.GetProperty("versions").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(["slpf"], result.GetProperty("profiles").EnumerateArray().Select(v => v.GetString()));
        Assert.Contains(result.GetProperty("pairs").EnumerateArray(),
            p => p.GetProperty("action").GetString() == "query" && p.GetProperty("targets").EnumerateArray().Any(t => t.GetString() == "features"));
        Assert.Equal(6000, result.GetProperty("rateLimit").GetDouble());
        Assert.Contains("\"status\":200", result.GetProperty("responseJson").GetString(), StringComparison.Ordinal);
        var received = Assert.Single(simulator.Received);
        Assert.Equal("/.well-known/openc2", received.Path);
        Assert.Equal(result.GetProperty("requestId").GetString(), received.XRequestId);
    }

    [Fact]
    public async Task QueryFeatures_V1_0WithPinnedServerCertificate_AnswersOnTheV1_0Path()
    {
        await using var simulator = await ActuatorSimulator.StartAsync(new SimulatorOptions { Transfer = SimulatorTransfer.V1_0 }, Cancel);
        var admin = ActuatorApiClient.Admin(server);
        var input = ActuatorApiClient.NewInput(simulator.BaseUri.GetLeftPart(UriPartial.Authority));
        input["transferVersion"] = "V1_0";
        input["pinnedServerCertificateSha256"] = simulator.ServerCertificateSha256;
        var id = await admin.CreateSavedAsync(input);

        var result = await admin.QueryFeaturesAsync(id, ["VERSIONS"]);

        Assert.Equal(("RESPONSE", 200), (result.GetProperty("outcome").GetString(), result.GetProperty("status").GetInt32()));
        Assert.Equal(["1.0"], result.GetProperty("versions").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, result.GetProperty("profiles").ValueKind);
        var received = Assert.Single(simulator.Received);
        Assert.Equal(("/openc2", "application/openc2-cmd+json;version=1.0"), (received.Path, received.ContentType));
    }

    [Fact]
    public async Task QueryFeatures_MutualTlsAndBearerToken_AreBothSentAndAccepted()
    {
        using var authority = SimulatorCertificates.CreateAuthority(TimeProvider.System, "Argus producers");
        using var producer = SimulatorCertificates.IssueClient(authority, TimeProvider.System, "argus-producer");
        var token = "token-" + Guid.NewGuid().ToString("N");
        await using var simulator = await ActuatorSimulator.StartAsync(new SimulatorOptions
        {
            RequireClientCertificate = true,
            TrustedClientCertificateAuthority = authority,
            RequiredAuthorization = "Bearer " + token,
        }, Cancel);
        var admin = ActuatorApiClient.Admin(server);
        var input = ActuatorApiClient.NewInput(simulator.BaseUri.GetLeftPart(UriPartial.Authority));
        input["pinnedServerCertificateSha256"] = simulator.ServerCertificateSha256;
        input["authentication"] = new Dictionary<string, object?> { ["kind"] = "BEARER", ["bearerToken"] = token };
        input["clientCertificate"] = new Dictionary<string, object?>
        {
            ["pkcs12Base64"] = Convert.ToBase64String(producer.Export(X509ContentType.Pkcs12, "pfx-password")),
            ["password"] = "pfx-password",
        };
        var id = await admin.CreateSavedAsync(input);

        var result = await admin.QueryFeaturesAsync(id, []);

        Assert.Equal(("RESPONSE", 200), (result.GetProperty("outcome").GetString(), result.GetProperty("status").GetInt32()));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, result.GetProperty("versions").ValueKind);
        var received = Assert.Single(simulator.Received);
        Assert.Equal(("Bearer " + token, "CN=argus-producer"), (received.Authorization, received.ClientCertificateSubject));
        Assert.DoesNotContain(admin.Responses, text => text.Contains(token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task QueryFeatures_WrongPin_IsATlsErrorAndNothingIsReceived()
    {
        await using var simulator = await ActuatorSimulator.StartAsync(new SimulatorOptions(), Cancel);
        var admin = ActuatorApiClient.Admin(server);
        var input = ActuatorApiClient.NewInput(simulator.BaseUri.GetLeftPart(UriPartial.Authority));
        input["pinnedServerCertificateSha256"] = new string('A', 64);
        var id = await admin.CreateSavedAsync(input);

        var result = await admin.QueryFeaturesAsync(id);

        Assert.Equal("TLS_ERROR", result.GetProperty("outcome").GetString());
        Assert.False(string.IsNullOrEmpty(result.GetProperty("error").GetString()));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, result.GetProperty("status").ValueKind);
        Assert.Empty(simulator.Received);
    }

    [Fact]
    public async Task QueryFeatures_ActuatorThatNeverAnswers_IsATimeout()
    {
        await using var simulator = await ActuatorSimulator.StartAsync(new SimulatorOptions { HangFor = TimeSpan.FromMinutes(5) }, Cancel);
        var admin = ActuatorApiClient.Admin(server);
        var input = ActuatorApiClient.NewInput(simulator.BaseUri.GetLeftPart(UriPartial.Authority));
        input["pinnedServerCertificateSha256"] = simulator.ServerCertificateSha256;
        input["timeoutSeconds"] = 1;
        var id = await admin.CreateSavedAsync(input);

        var result = await admin.QueryFeaturesAsync(id);

        Assert.Equal("TIMEOUT", result.GetProperty("outcome").GetString());
        Assert.Single(simulator.Received);
    }

    [Fact]
    public async Task QueryFeatures_NothingListening_IsAConnectionError()
    {
        Uri closed;
        await using (var simulator = await ActuatorSimulator.StartAsync(new SimulatorOptions(), Cancel))
        {
            closed = simulator.BaseUri;
        }

        var admin = ActuatorApiClient.Admin(server);
        var id = await admin.CreateSavedAsync(ActuatorApiClient.NewInput(closed.GetLeftPart(UriPartial.Authority)));

        var result = await admin.QueryFeaturesAsync(id);

        Assert.Equal("CONNECTION_ERROR", result.GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task QueryFeatures_FeatureListedTwice_IsAnInvalidRequestAndNothingIsSent()
    {
        await using var simulator = await ActuatorSimulator.StartAsync(new SimulatorOptions(), Cancel);
        var admin = ActuatorApiClient.Admin(server);
        var input = ActuatorApiClient.NewInput(simulator.BaseUri.GetLeftPart(UriPartial.Authority));
        input["pinnedServerCertificateSha256"] = simulator.ServerCertificateSha256;
        var id = await admin.CreateSavedAsync(input);

        var result = await admin.QueryFeaturesAsync(id, ["VERSIONS", "VERSIONS"]);

        Assert.Equal("INVALID_REQUEST", result.GetProperty("outcome").GetString());
        Assert.Empty(simulator.Received);
    }

    [Fact]
    public async Task QueryFeatures_CredentialsWrittenWithAnotherSecretsKey_IsCredentialsUnreadableAndNothingIsSent()
    {
        await using var simulator = await ActuatorSimulator.StartAsync(new SimulatorOptions(), Cancel);
        var organization = PlaybookApiClient.NewOrganization();
        var admin = ActuatorApiClient.Admin(server, organization);
        await admin.ListAsync(); // starts the host, which migrates its database
        var otherKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        Guid id;
        await using (var elsewhere = ArgusStorage.Open(new StorageOptions { DataDirectory = server.DataDirectory, SecretsKey = otherKey }))
        {
            var written = await elsewhere.Actuators.CreateAsync(AccessScope.Administrator(OrganisationId.From(organization), "other-server"),
                new NewActuator("written-elsewhere", simulator.BaseUri.ToString(), ActuatorEnvironment.Sandbox)
                {
                    Authentication = new ActuatorAuthentication.Bearer("token-" + Guid.NewGuid().ToString("N")),
                    PinnedServerCertificateSha256 = simulator.ServerCertificateSha256,
                }, Cancel);
            id = Assert.IsType<ActuatorWriteResult.Saved>(written).Actuator.Id;
        }

        var result = await admin.QueryFeaturesAsync(id.ToString("D"));
        var directory = server.Services.GetRequiredService<StoredActuatorDirectory>();

        Assert.Equal("CREDENTIALS_UNREADABLE", result.GetProperty("outcome").GetString());
        Assert.Contains("secrets key", result.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Empty(simulator.Received);
        Assert.Equal("written-elsewhere", Assert.Single((await admin.ListAsync()).EnumerateArray()).GetProperty("name").GetString());
        await Assert.ThrowsAsync<SecretDecryptionException>(() => directory.ListAsync(organization, Cancel));
    }
}
