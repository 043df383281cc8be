using System.Collections.Immutable;
using Argus.Storage.Actuators;
using Argus.Storage.Tests.Support;

namespace Argus.Storage.Tests.Actuators;

/// <summary>Create, read, update and delete of actuators, organisation scoping and names; run on both providers.</summary>
public abstract class ActuatorStoreTests(StorageTarget target) : IAsyncLifetime
{
    private readonly string _key = TestActuators.NewKey();
    private ArgusStorage? _storage;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private IActuatorStore Store => _storage!.Actuators;

    public ValueTask InitializeAsync()
    {
        var options = target.Options;
        options.SecretsKey = _key;
        _storage = ArgusStorage.Open(options);
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        if (_storage is not null)
        {
            await _storage.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task CreateAsync_ValidActuator_GetAndListReturnItWithAllFields()
    {
        var org = Scopes.NewOrganisation();
        var pem = TestActuators.CaPem();
        var input = TestActuators.Minimal() with
        {
            TransferVersion = ActuatorTransferVersion.V1_0,
            Path = "/oc2",
            ActuatorMember = ActuatorMember.Profile,
            Profiles = ["slpf", "x-acme"],
            Authentication = new ActuatorAuthentication.Bearer(TestActuators.NewSecret("token")),
            ClientCertificate = new ActuatorClientCertificate(TestActuators.Pkcs12("pfx-password", "producer-1"), "pfx-password"),
            TrustedCertificateAuthorityPem = pem,
            PinnedServerCertificateSha256 = string.Join(":", Enumerable.Repeat("ab", 32)),
        };

        var created = Assert.IsType<ActuatorWriteResult.Saved>(await Store.CreateAsync(Scopes.Admin(org), input, Token)).Actuator;
        var got = await Store.GetAsync(Scopes.Admin(org), created.Id, Token);
        var listed = await Store.ListAsync(Scopes.Admin(org), Token);

        Assert.Equal(Comparable(created), Comparable(got!));
        Assert.Equal(Comparable(created), Comparable(Assert.Single(listed)));
        Assert.Equal((input.Name, "https://fw.example:8443/", ActuatorTransferVersion.V1_0, "/oc2"), (created.Name, created.Endpoint.ToString(), created.TransferVersion, created.Path));
        Assert.Equal((ActuatorMember.Profile, ActuatorEnvironment.Sandbox, TimeSpan.FromSeconds(15)), (created.ActuatorMember, created.Environment, created.Timeout));
        Assert.Equal(["slpf", "x-acme"], created.Profiles);
        Assert.Equal(ActuatorAuthenticationKind.Bearer, created.Authentication);
        Assert.Equal("CN=producer-1", created.ClientCertificate?.Subject);
        Assert.Equal(pem, created.TrustedCertificateAuthorityPem);
        Assert.Equal(string.Concat(Enumerable.Repeat("AB", 32)), created.PinnedServerCertificateSha256);
        Assert.Equal(("admin@test", "admin@test"), (created.CreatedBy, created.UpdatedBy));
    }

    [Fact]
    public async Task GetWithCredentialsAsync_StoredSecrets_ComeBackDecrypted()
    {
        var org = Scopes.NewOrganisation();
        var pkcs12 = TestActuators.Pkcs12("pfx-password");
        var input = TestActuators.Minimal() with
        {
            Authentication = new ActuatorAuthentication.Basic("operator", TestActuators.NewSecret("password")),
            ClientCertificate = new ActuatorClientCertificate(pkcs12, "pfx-password"),
        };
        var created = Assert.IsType<ActuatorWriteResult.Saved>(await Store.CreateAsync(Scopes.Admin(org), input, Token)).Actuator;

        var read = await Store.GetWithCredentialsAsync(Scopes.Admin(org), created.Id, Token);
        var all = await Store.ListWithCredentialsAsync(Scopes.Admin(org), Token);

        Assert.NotNull(read);
        Assert.Equal(input.Authentication, read.Credentials.Authentication);
        Assert.Equal(pkcs12, read.Credentials.ClientCertificate?.Pkcs12.ToArray());
        Assert.Equal("pfx-password", read.Credentials.ClientCertificate?.Password);
        Assert.Equal(input.Authentication, Assert.Single(all).Credentials.Authentication);
        Assert.DoesNotContain("password-", read.Credentials.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAsync_DuplicateNameInOrganisation_IsRejectedAndSameNameElsewhereIsStored()
    {
        var org = Scopes.NewOrganisation();
        var other = Scopes.NewOrganisation();
        var first = TestActuators.Minimal("edge-firewall");
        await Store.CreateAsync(Scopes.Admin(org), first, Token);

        var again = await Store.CreateAsync(Scopes.Admin(org), TestActuators.Minimal("edge-firewall"), Token);
        var elsewhere = await Store.CreateAsync(Scopes.Admin(other), TestActuators.Minimal("edge-firewall"), Token);

        var issue = Assert.Single(Assert.IsType<ActuatorWriteResult.Rejected>(again).Issues);
        Assert.Equal(("name", ActuatorIssueCodes.DuplicateName), (issue.Field, issue.Code));
        Assert.IsType<ActuatorWriteResult.Saved>(elsewhere);
        Assert.Single(await Store.ListAsync(Scopes.Admin(org), Token));
    }

    [Fact]
    public async Task UpdateAsync_RenameToAnExistingName_IsRejected()
    {
        var org = Scopes.NewOrganisation();
        await Store.CreateAsync(Scopes.Admin(org), TestActuators.Minimal("one"), Token);
        var two = Assert.IsType<ActuatorWriteResult.Saved>(await Store.CreateAsync(Scopes.Admin(org), TestActuators.Minimal("two"), Token)).Actuator;

        var result = await Store.UpdateAsync(Scopes.Admin(org), two.Id, new ActuatorChanges { Name = "one" }, Token);

        Assert.Equal(ActuatorIssueCodes.DuplicateName, Assert.Single(Assert.IsType<ActuatorWriteResult.Rejected>(result).Issues).Code);
        Assert.Equal("two", (await Store.GetAsync(Scopes.Admin(org), two.Id, Token))?.Name);
    }

    [Fact]
    public async Task Reads_ActuatorOfAnotherOrganisation_AreLikeAMissingOne()
    {
        var owner = Scopes.NewOrganisation();
        var stranger = Scopes.NewOrganisation();
        var input = TestActuators.Minimal() with { Authentication = new ActuatorAuthentication.Bearer(TestActuators.NewSecret("token")) };
        var created = Assert.IsType<ActuatorWriteResult.Saved>(await Store.CreateAsync(Scopes.Admin(owner), input, Token)).Actuator;

        Assert.Null(await Store.GetAsync(Scopes.Admin(stranger), created.Id, Token));
        Assert.Null(await Store.GetWithCredentialsAsync(Scopes.Admin(stranger), created.Id, Token));
        Assert.Empty(await Store.ListAsync(Scopes.Admin(stranger), Token));
        Assert.Empty(await Store.ListWithCredentialsAsync(Scopes.Admin(stranger), Token));
        Assert.IsType<ActuatorWriteResult.NotFound>(await Store.UpdateAsync(Scopes.Admin(stranger), created.Id, new ActuatorChanges { Name = "taken" }, Token));
        Assert.False(await Store.DeleteAsync(Scopes.Admin(stranger), created.Id, Token));
        Assert.Equal(input.Name, (await Store.GetAsync(Scopes.Admin(owner), created.Id, Token))?.Name);
    }

    [Fact]
    public async Task UpdateAsync_EndpointOnly_KeepsTheCredentialsAndRecordsWhoChangedIt()
    {
        var org = Scopes.NewOrganisation();
        var input = TestActuators.Minimal() with
        {
            Authentication = new ActuatorAuthentication.Bearer(TestActuators.NewSecret("token")),
            ClientCertificate = new ActuatorClientCertificate(TestActuators.Pkcs12(null), null),
        };
        var created = Assert.IsType<ActuatorWriteResult.Saved>(await Store.CreateAsync(Scopes.Admin(org), input, Token)).Actuator;
        var editor = Scopes.Admin(org) with { UserName = "editor@test" };

        var updated = await Store.UpdateAsync(editor, created.Id, new ActuatorChanges { Endpoint = "https://10.0.0.7", Path = "/custom" }, Token);

        var actuator = Assert.IsType<ActuatorWriteResult.Saved>(updated).Actuator;
        Assert.Equal(("https://10.0.0.7/", "/custom", "editor@test"), (actuator.Endpoint.ToString(), actuator.Path, actuator.UpdatedBy));
        Assert.Equal(created.ClientCertificate, actuator.ClientCertificate);
        var credentials = (await Store.GetWithCredentialsAsync(Scopes.Admin(org), created.Id, Token))!.Credentials;
        Assert.Equal(input.Authentication, credentials.Authentication);
        Assert.NotNull(credentials.ClientCertificate);
    }

    [Fact]
    public async Task UpdateAsync_ReplaceAuthenticationAndRemoveCertificateAndClearTexts_TakesEffect()
    {
        var org = Scopes.NewOrganisation();
        var input = TestActuators.Minimal() with
        {
            Path = "/oc2",
            Authentication = new ActuatorAuthentication.Bearer(TestActuators.NewSecret("token")),
            ClientCertificate = new ActuatorClientCertificate(TestActuators.Pkcs12(null), null),
            TrustedCertificateAuthorityPem = TestActuators.CaPem(),
        };
        var created = Assert.IsType<ActuatorWriteResult.Saved>(await Store.CreateAsync(Scopes.Admin(org), input, Token)).Actuator;
        var basic = new ActuatorAuthentication.Basic("svc", TestActuators.NewSecret("password"));

        var result = await Store.UpdateAsync(Scopes.Admin(org), created.Id, new ActuatorChanges
        {
            Authentication = basic,
            RemoveClientCertificate = true,
            Path = "",
            TrustedCertificateAuthorityPem = "",
            Profiles = ImmutableArray<string>.Empty,
            Environment = ActuatorEnvironment.Production,
        }, Token);

        var actuator = Assert.IsType<ActuatorWriteResult.Saved>(result).Actuator;
        Assert.Equal((ActuatorAuthenticationKind.Basic, (ActuatorCertificateInfo?)null, (string?)null, (string?)null),
            (actuator.Authentication, actuator.ClientCertificate, actuator.Path, actuator.TrustedCertificateAuthorityPem));
        Assert.Empty(actuator.Profiles);
        Assert.Equal(ActuatorEnvironment.Production, actuator.Environment);
        var credentials = (await Store.GetWithCredentialsAsync(Scopes.Admin(org), created.Id, Token))!.Credentials;
        Assert.Equal(new ActuatorCredentials(basic, null), credentials);
    }

    [Fact]
    public async Task DeleteAsync_ExistingActuator_RemovesItOnce()
    {
        var org = Scopes.NewOrganisation();
        var created = Assert.IsType<ActuatorWriteResult.Saved>(await Store.CreateAsync(Scopes.Admin(org), TestActuators.Minimal(), Token)).Actuator;

        var first = await Store.DeleteAsync(Scopes.Admin(org), created.Id, Token);
        var second = await Store.DeleteAsync(Scopes.Admin(org), created.Id, Token);

        Assert.True(first);
        Assert.False(second);
        Assert.Null(await Store.GetAsync(Scopes.Admin(org), created.Id, Token));
        Assert.IsType<ActuatorWriteResult.NotFound>(await Store.UpdateAsync(Scopes.Admin(org), created.Id, new ActuatorChanges(), Token));
    }

    /// <summary>The record with its profiles as one string: an ImmutableArray member compares by reference.</summary>
    internal static object Comparable(StoredActuator actuator) => (actuator with { Profiles = [] }, string.Join(",", actuator.Profiles));

    public sealed class OnSqlite(SqliteTarget target) : ActuatorStoreTests(target), IClassFixture<SqliteTarget>;

    public sealed class OnPostgres(PostgresTarget target) : ActuatorStoreTests(target), IClassFixture<PostgresTarget>;
}
