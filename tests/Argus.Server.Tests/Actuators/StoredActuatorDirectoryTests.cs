using System.Security.Cryptography.X509Certificates;
using Argus.ActuatorSim;
using Argus.ActuatorSim.Certificates;
using Argus.Execution.Capabilities.OpenC2;
using Argus.OpenC2.Language;
using Argus.OpenC2.Profiles;
using Argus.OpenC2.Transfer;
using Argus.Server.Actuators;
using Argus.Storage;
using Argus.Storage.Access;
using Argus.Storage.Actuators;
using ActuatorEnvironment = Argus.Execution.Capabilities.OpenC2.ActuatorEnvironment;
using StoredEnvironment = Argus.Storage.Actuators.ActuatorEnvironment;

namespace Argus.Server.Tests.Actuators;

/// <summary>The directory the openc2-http capability reads: stored actuators become working endpoints (a real command
/// through each one to the simulator), scoped by organisation, built once per revision.</summary>
public sealed class StoredActuatorDirectoryTests : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "argus-directory-tests", Guid.NewGuid().ToString("N"));
    private readonly ManualClock _clock = new(DateTimeOffset.UtcNow);
    private ArgusStorage _storage = null!; // set in InitializeAsync, before any test runs

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        _storage = ArgusStorage.Open(new StorageOptions { DataDirectory = _directory }, _clock);
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _storage.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public async Task ListAsync_ActuatorWithMutualTlsBearerAndTrustedCa_GivesAnEndpointThatDeliversACommand()
    {
        using var clients = SimulatorCertificates.CreateAuthority(TimeProvider.System, "Argus producers");
        using var producer = SimulatorCertificates.IssueClient(clients, TimeProvider.System, "argus-producer");
        using var servers = SimulatorCertificates.CreateAuthority(TimeProvider.System, "Actuator servers");
        using var serverCertificate = SimulatorCertificates.IssueServer(servers, TimeProvider.System);
        var token = "token-" + Guid.NewGuid().ToString("N");
        await using var simulator = await ActuatorSimulator.StartAsync(new SimulatorOptions
        {
            ServerCertificate = serverCertificate,
            RequireClientCertificate = true,
            TrustedClientCertificateAuthority = clients,
            RequiredAuthorization = "Bearer " + token,
        }, Cancel);
        var org = OrganisationId.From("org-" + Guid.NewGuid().ToString("N")[..12]);
        var stored = await CreateAsync(org, new NewActuator("edge-fw", simulator.BaseUri.ToString(), StoredEnvironment.Sandbox)
        {
            Profiles = ["slpf"],
            Authentication = new ActuatorAuthentication.Bearer(token),
            ClientCertificate = new ActuatorClientCertificate(producer.Export(X509ContentType.Pkcs12, "pw"), "pw"),
            TrustedCertificateAuthorityPem = SimulatorCertificates.ExportPem(servers),
            Timeout = TimeSpan.FromSeconds(20),
        });
        var directory = new StoredActuatorDirectory(_storage.Actuators);

        var configured = Assert.Single(await directory.ListAsync(org.Value, Cancel));
        using var client = new OpenC2Client(configured.Endpoint);
        var sent = await client.SendAsync(new OpenC2Command(OpenC2Action.Deny, new OpenC2Target.Ipv4Net("198.51.100.0/24"))
        {
            Actuator = OpenC2Actuator.Any(SlpfProfile.Nsid),
        }, Cancel);

        Assert.Equal(("edge-fw", ActuatorEnvironment.Sandbox), (configured.Name, configured.Environment));
        Assert.Equal(["slpf"], configured.Profiles);
        Assert.Equal((TimeSpan.FromSeconds(20), OpenC2TransferVersion.V1_1), (configured.Endpoint.Timeout, configured.Endpoint.Transfer));
        Assert.Equal(200, Assert.IsType<OpenC2SendResult.Response>(sent).Message.Response.Status);
        var received = Assert.Single(simulator.Received);
        Assert.Equal(("Bearer " + token, "CN=argus-producer"), (received.Authorization, received.ClientCertificateSubject));
        Assert.Equal(stored.Name, configured.Name);
    }

    [Fact]
    public async Task ListAsync_V1_0ProfileMemberAndPin_MapsEveryField()
    {
        var org = OrganisationId.From("org-" + Guid.NewGuid().ToString("N")[..12]);
        await CreateAsync(org, new NewActuator("legacy", "https://10.0.0.9:9443", StoredEnvironment.Production)
        {
            TransferVersion = ActuatorTransferVersion.V1_0,
            Path = "/oc2",
            ActuatorMember = ActuatorMember.Profile,
            Authentication = new ActuatorAuthentication.Basic("svc", "pw"),
            PinnedServerCertificateSha256 = new string('b', 64),
        });

        var endpoint = Assert.Single(await new StoredActuatorDirectory(_storage.Actuators).ListAsync(org.Value, Cancel)).Endpoint;

        Assert.Equal(new Uri("https://10.0.0.9:9443/oc2"), endpoint.RequestUri);
        Assert.Equal((OpenC2TransferVersion.V1_0, OpenC2ActuatorMember.Profile), (endpoint.Transfer, endpoint.ActuatorMember));
        Assert.Equal(new OpenC2Authentication.Basic("svc", "pw"), endpoint.Authentication);
        Assert.Equal((new string('B', 64), (X509Certificate2?)null), (endpoint.PinnedServerCertificateSha256, endpoint.ClientCertificate));
    }

    [Fact]
    public async Task ListAsync_OtherUnknownOrNullOrganisation_IsEmpty()
    {
        var org = OrganisationId.From("org-" + Guid.NewGuid().ToString("N")[..12]);
        await CreateAsync(org, new NewActuator("fw", "https://fw.example", StoredEnvironment.Sandbox));
        var directory = new StoredActuatorDirectory(_storage.Actuators);

        Assert.Single(await directory.ListAsync(org.Value, Cancel));
        Assert.Empty(await directory.ListAsync("org-someone-else", Cancel));
        Assert.Empty(await directory.ListAsync("not a valid id!", Cancel));
        Assert.Empty(await directory.ListAsync(null, Cancel));
    }

    [Fact]
    public async Task ListAsync_SameRevisionTwice_ReusesTheEndpointAndAnUpdateBuildsANewOne()
    {
        var org = OrganisationId.From("org-" + Guid.NewGuid().ToString("N")[..12]);
        var stored = await CreateAsync(org, new NewActuator("fw", "https://fw.example", StoredEnvironment.Sandbox));
        var directory = new StoredActuatorDirectory(_storage.Actuators);

        var first = Assert.Single(await directory.ListAsync(org.Value, Cancel)).Endpoint;
        var second = Assert.Single(await directory.ListAsync(org.Value, Cancel)).Endpoint;
        _clock.Now += TimeSpan.FromSeconds(1); // the revision is the update time
        Assert.IsType<ActuatorWriteResult.Saved>(await _storage.Actuators.UpdateAsync(
            AccessScope.Administrator(org, "admin@test"), stored.Id, new ActuatorChanges { Endpoint = "https://fw2.example" }, Cancel));
        var third = Assert.Single(await directory.ListAsync(org.Value, Cancel)).Endpoint;

        Assert.Same(first, second);
        Assert.NotSame(first, third);
        Assert.Equal(new Uri("https://fw2.example"), third.BaseUri);
    }

    private sealed class ManualClock(DateTimeOffset start) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = start;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private async Task<StoredActuator> CreateAsync(OrganisationId org, NewActuator actuator) =>
        Assert.IsType<ActuatorWriteResult.Saved>(await _storage.Actuators.CreateAsync(AccessScope.Administrator(org, "admin@test"), actuator, Cancel)).Actuator;
}
