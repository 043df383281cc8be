using System.Text;
using Argus.Storage.Actuators;
using Argus.Storage.Tests.Support;

namespace Argus.Storage.Tests.Actuators;

/// <summary>Invalid actuator input is reported field by field and writes nothing; run on both providers.</summary>
public abstract class ActuatorValidationTests(StorageTarget target)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> BadEndpoints() => new()
    {
        { "http://fw.example:8080", ActuatorIssueCodes.NotHttps },
        { "ftp://fw.example", ActuatorIssueCodes.NotHttps },
        { "https://user:pass@fw.example", ActuatorIssueCodes.UrlHasUserInfo },
        { "https://fw.example/?x=1", ActuatorIssueCodes.UrlHasQueryOrFragment },
        { "https://fw.example/#top", ActuatorIssueCodes.UrlHasQueryOrFragment },
        { "https://fw.example/.well-known/openc2", ActuatorIssueCodes.UrlHasPath },
        { "/relative/only", ActuatorIssueCodes.InvalidUrl },
        { "not a url", ActuatorIssueCodes.InvalidUrl },
        { "", ActuatorIssueCodes.Required },
        { "https://" + new string('a', ActuatorLimits.MaxEndpointLength) + ".example", ActuatorIssueCodes.TooLong },
    };

    [Theory]
    [MemberData(nameof(BadEndpoints))]
    public async Task CreateAsync_BadEndpoint_IsRejectedWithItsCode(string endpoint, string code)
    {
        var org = Scopes.NewOrganisation();

        var result = await target.Storage.Actuators.CreateAsync(Scopes.Admin(org), TestActuators.Minimal() with { Endpoint = endpoint }, Token);

        var issues = Assert.IsType<ActuatorWriteResult.Rejected>(result).Issues;
        Assert.Contains(issues, i => i.Field == "endpoint" && i.Code == code);
        Assert.Empty(await target.Storage.Actuators.ListAsync(Scopes.Admin(org), Token));
    }

    [Fact]
    public async Task CreateAsync_EveryFieldWrong_ReportsEachFieldAndNoSecret()
    {
        var org = Scopes.NewOrganisation();
        var secretPassword = TestActuators.NewSecret("wrong-password");
        var input = new NewActuator(new string('n', ActuatorLimits.MaxNameLength + 1), "https://fw.example", ActuatorEnvironment.Production)
        {
            Path = "no-leading-slash",
            Profiles = ["slpf", "slpf", "9bad", new string('p', 17)],
            Timeout = TimeSpan.FromHours(1),
            Authentication = new ActuatorAuthentication.Bearer("has space\r\nX-Injected: 1"),
            ClientCertificate = new ActuatorClientCertificate(TestActuators.Pkcs12("right-password"), secretPassword),
            TrustedCertificateAuthorityPem = "-----BEGIN CERTIFICATE-----\nnot base64 at all!\n-----END CERTIFICATE-----",
            PinnedServerCertificateSha256 = "1234",
        };

        var result = await target.Storage.Actuators.CreateAsync(Scopes.Admin(org), input, Token);

        var issues = Assert.IsType<ActuatorWriteResult.Rejected>(result).Issues;
        Assert.Equal(
            ["bearerToken", "clientCertificate", "name", "path", "pinnedServerCertificateSha256", "profiles", "timeoutSeconds", "trustedCertificateAuthorityPem"],
            issues.Select(i => i.Field).Distinct().Order(StringComparer.Ordinal));
        Assert.Contains(issues, i => i.Code == ActuatorIssueCodes.DuplicateProfile);
        Assert.Contains(issues, i => i.Code == ActuatorIssueCodes.InvalidPkcs12);
        Assert.Contains(issues, i => i.Code == ActuatorIssueCodes.InvalidPem);
        Assert.DoesNotContain(issues, i => i.Message.Contains(secretPassword, StringComparison.Ordinal) || i.Message.Contains("X-Injected", StringComparison.Ordinal));
        Assert.Empty(await target.Storage.Actuators.ListAsync(Scopes.Admin(org), Token));
    }

    [Fact]
    public async Task CreateAsync_GarbageInsteadOfPkcs12_IsRejected()
    {
        var org = Scopes.NewOrganisation();
        var input = TestActuators.Minimal() with { ClientCertificate = new ActuatorClientCertificate(Encoding.UTF8.GetBytes("not a pfx"), null) };

        var result = await target.Storage.Actuators.CreateAsync(Scopes.Admin(org), input, Token);

        Assert.Equal(ActuatorIssueCodes.InvalidPkcs12, Assert.Single(Assert.IsType<ActuatorWriteResult.Rejected>(result).Issues).Code);
    }

    [Fact]
    public async Task CreateAsync_PemWithAPrivateKey_IsRejectedBecauseItWouldBeStoredInClear()
    {
        var org = Scopes.NewOrganisation();
        var pem = TestActuators.CaPem() + "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n";

        var result = await target.Storage.Actuators.CreateAsync(Scopes.Admin(org), TestActuators.Minimal() with { TrustedCertificateAuthorityPem = pem }, Token);

        Assert.Equal(ActuatorIssueCodes.PemHasPrivateKey, Assert.Single(Assert.IsType<ActuatorWriteResult.Rejected>(result).Issues).Code);
    }

    [Fact]
    public async Task UpdateAsync_InvalidChange_IsRejectedAndTheStoredActuatorStays()
    {
        var org = Scopes.NewOrganisation();
        var created = Assert.IsType<ActuatorWriteResult.Saved>(
            await target.Storage.Actuators.CreateAsync(Scopes.Admin(org), TestActuators.Minimal(), Token)).Actuator;

        var result = await target.Storage.Actuators.UpdateAsync(Scopes.Admin(org), created.Id, new ActuatorChanges { Endpoint = "http://fw.example" }, Token);

        Assert.Equal(ActuatorIssueCodes.NotHttps, Assert.Single(Assert.IsType<ActuatorWriteResult.Rejected>(result).Issues).Code);
        Assert.Equal(ActuatorStoreTests.Comparable(created), ActuatorStoreTests.Comparable((await target.Storage.Actuators.GetAsync(Scopes.Admin(org), created.Id, Token))!));
    }

    public sealed class OnSqlite(SqliteTarget target) : ActuatorValidationTests(target), IClassFixture<SqliteTarget>;

    public sealed class OnPostgres(PostgresTarget target) : ActuatorValidationTests(target), IClassFixture<PostgresTarget>;
}
