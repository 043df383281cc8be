using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Argus.Server.Authorization;
using Argus.Server.Tests.Support;

namespace Argus.Server.Tests.GraphQL;

/// <summary>The actuator fields end to end through HTTP on a real host and database: CRUD, validation, roles,
/// organisation scoping and write-only secrets. Run once per provider.</summary>
public abstract class ActuatorApiTests
{
    protected abstract ArgusServerFactory Server { get; }

    [Fact]
    public async Task CreateListGetUpdateDelete_OneActuator_RoundTrips()
    {
        var admin = ActuatorApiClient.Admin(Server);
        var input = ActuatorApiClient.NewInput();
        input["transferVersion"] = "V1_0";
        input["path"] = "/oc2";
        input["actuatorMember"] = "PROFILE";
        input["timeoutSeconds"] = 12;
        input["authentication"] = new Dictionary<string, object?> { ["kind"] = "BEARER", ["bearerToken"] = "token-" + Guid.NewGuid() };

        var created = await admin.CreateAsync(input);
        var id = created.GetProperty("actuator").GetProperty("id").GetString()!;
        var listed = await admin.ListAsync();
        var got = await admin.GetAsync(id);
        var updated = await admin.UpdateAsync(id, new() { ["name"] = "renamed", ["environment"] = "PRODUCTION", ["path"] = "" });
        var deleted = await admin.DeleteAsync(id);
        var afterDelete = await admin.GetAsync(id);

        Assert.Equal("SAVED", created.GetProperty("outcome").GetString());
        Assert.Equal([id], listed.EnumerateArray().Select(a => a.GetProperty("id").GetString()));
        Assert.Equal(created.GetProperty("actuator").ToString(), got.ToString());
        Assert.Equal(("https://fw.example:8443", "V1_0", "/oc2", "PROFILE"), (S(got, "endpoint"), S(got, "transferVersion"), S(got, "path"), S(got, "actuatorMember")));
        Assert.Equal(("SANDBOX", 12, "BEARER"), (S(got, "environment"), got.GetProperty("timeoutSeconds").GetInt32(), S(got, "authentication")));
        Assert.Equal(["slpf"], got.GetProperty("profiles").EnumerateArray().Select(p => p.GetString()));
        var renamed = updated.GetProperty("actuator");
        Assert.Equal(("SAVED", "renamed", "PRODUCTION", JsonValueKind.Null, "BEARER"),
            (S(updated, "outcome"), S(renamed, "name"), S(renamed, "environment"), renamed.GetProperty("path").ValueKind, S(renamed, "authentication")));
        Assert.True(deleted.GetProperty("deleted").GetBoolean());
        Assert.Equal(JsonValueKind.Null, afterDelete.ValueKind);
        Assert.False((await admin.DeleteAsync(id)).GetProperty("deleted").GetBoolean());
    }

    [Fact]
    public async Task Responses_AfterWritingEverySecret_NeverContainOne()
    {
        var admin = ActuatorApiClient.Admin(Server);
        var token = "token-" + Guid.NewGuid().ToString("N");
        var password = "password-" + Guid.NewGuid().ToString("N");
        var pfxPassword = "pfx-" + Guid.NewGuid().ToString("N");
        var pkcs12 = Convert.ToBase64String(ClientPkcs12(pfxPassword));
        var input = ActuatorApiClient.NewInput();
        input["authentication"] = new Dictionary<string, object?> { ["kind"] = "BEARER", ["bearerToken"] = token };
        input["clientCertificate"] = new Dictionary<string, object?> { ["pkcs12Base64"] = pkcs12, ["password"] = pfxPassword };

        var id = await admin.CreateSavedAsync(input);
        await admin.ListAsync();
        var got = await admin.GetAsync(id);
        await admin.UpdateAsync(id, new() { ["authentication"] = new Dictionary<string, object?> { ["kind"] = "BASIC", ["basicUserName"] = "svc", ["basicPassword"] = password } });
        await admin.GetAsync(id);
        await admin.SendAsync("{ __type(name: \"OpenC2Actuator\") { fields { name } } }");

        Assert.Equal("CN=argus-producer", got.GetProperty("clientCertificate").GetProperty("subject").GetString());
        Assert.All(admin.Responses, text =>
        {
            Assert.DoesNotContain(token, text, StringComparison.Ordinal);
            Assert.DoesNotContain(password, text, StringComparison.Ordinal);
            Assert.DoesNotContain(pfxPassword, text, StringComparison.Ordinal);
            Assert.DoesNotContain(pkcs12[..40], text, StringComparison.Ordinal);
        });
        Assert.DoesNotContain(admin.Responses, text => text.Contains("bearerToken", StringComparison.Ordinal) || text.Contains("pkcs12", StringComparison.OrdinalIgnoreCase));
    }

    public static TheoryData<string, object?, string> InvalidInputs() => new()
    {
        { "endpoint", "http://fw.example", "actuator.endpoint.not_https" },
        { "endpoint", "https://user:secret@fw.example", "actuator.endpoint.user_info" },
        { "endpoint", "https://fw.example/?q=1", "actuator.endpoint.query_or_fragment" },
        { "endpoint", "fw.example", "actuator.endpoint.invalid" },
        { "name", new string('n', 101), "actuator.too_long" },
        { "path", "openc2", "actuator.path.invalid" },
        { "timeoutSeconds", 0, "actuator.out_of_range" },
        { "trustedCertificateAuthorityPem", "-----BEGIN CERTIFICATE-----\n!!!\n-----END CERTIFICATE-----", "actuator.trusted_ca.invalid" },
        { "pinnedServerCertificateSha256", "abc", "actuator.pin.invalid" },
        { "clientCertificate", new Dictionary<string, object?> { ["pkcs12Base64"] = "%%% not base64 %%%" }, "actuator.client_certificate.invalid" },
        { "clientCertificate", new Dictionary<string, object?> { ["pkcs12Base64"] = Convert.ToBase64String("not a pfx"u8.ToArray()) }, "actuator.client_certificate.invalid" },
        { "clientCertificate", new Dictionary<string, object?> { ["pkcs12Base64"] = new string('A', 100_000) }, "actuator.too_long" },
    };

    [Theory]
    [MemberData(nameof(InvalidInputs))]
    public async Task Create_InvalidField_IsRejectedWithAStructuredIssueAndWritesNothing(string field, object? value, string code)
    {
        var admin = ActuatorApiClient.Admin(Server);
        var input = ActuatorApiClient.NewInput();
        input[field] = value;

        var result = await admin.CreateAsync(input);

        Assert.Equal("REJECTED", S(result, "outcome"));
        Assert.Contains(result.GetProperty("issues").EnumerateArray(), i => S(i, "code") == code && S(i, "field") == field);
        Assert.Equal(0, (await admin.ListAsync()).GetArrayLength());
    }

    [Fact]
    public async Task Create_DuplicateName_IsRejected()
    {
        var admin = ActuatorApiClient.Admin(Server);
        var input = ActuatorApiClient.NewInput();
        await admin.CreateSavedAsync(input);

        var again = await admin.CreateAsync(input);

        Assert.Equal(("REJECTED", "actuator.name.duplicate"), (S(again, "outcome"), S(again.GetProperty("issues")[0], "code")));
    }

    [Fact]
    public async Task Create_UnknownEnumValue_IsAGraphQlValidationErrorAndWritesNothing()
    {
        var admin = ActuatorApiClient.Admin(Server);
        var input = ActuatorApiClient.NewInput(environment: "STAGING");
        var token = "token-" + Guid.NewGuid().ToString("N");
        input["authentication"] = new Dictionary<string, object?> { ["kind"] = "BEARER", ["bearerToken"] = token };

        var response = await admin.SendAsync("mutation($input: CreateOpenC2ActuatorInput!) { createOpenC2Actuator(input: $input) { outcome } }", new { input });

        Assert.True(response.HasErrors);
        Assert.Null(response.Data);
        Assert.DoesNotContain(token, response.Text, StringComparison.Ordinal);
        Assert.Equal(0, (await admin.ListAsync()).GetArrayLength());
    }

    [Theory]
    [InlineData(Role.Viewer)]
    [InlineData(Role.Author)]
    [InlineData(Role.Approver)]
    [InlineData(Role.Operator)]
    public async Task EveryActuatorField_CallerWithoutAdminRole_IsForbiddenAndWritesNothing(Role role)
    {
        var organization = PlaybookApiClient.NewOrganization();
        var admin = ActuatorApiClient.Admin(Server, organization);
        var id = await admin.CreateSavedAsync(ActuatorApiClient.NewInput());
        var other = new ActuatorApiClient(Server, organization, role);
        var operations = new[]
        {
            ("{ openC2Actuators { id } }", (object?)null),
            ("query($id: ID!) { openC2Actuator(id: $id) { id } }", new { id }),
            ("mutation($input: CreateOpenC2ActuatorInput!) { createOpenC2Actuator(input: $input) { outcome } }", new { input = ActuatorApiClient.NewInput() }),
            ("mutation($id: ID!) { updateOpenC2Actuator(id: $id, input: { name: \"taken-over\" }) { outcome } }", new { id }),
            ("mutation($id: ID!) { deleteOpenC2Actuator(id: $id) { deleted } }", new { id }),
            ("mutation($id: ID!) { queryOpenC2Features(actuatorId: $id) { outcome } }", new { id }),
        };

        foreach (var (query, variables) in operations)
        {
            var response = await other.SendAsync(query, variables);
            Assert.Equal(["FORBIDDEN"], response.ErrorCodes);
            Assert.Null(response.Data);
        }

        var still = Assert.Single((await admin.ListAsync()).EnumerateArray());
        Assert.NotEqual("taken-over", S(still, "name"));
    }

    [Fact]
    public async Task AdminOfAnotherOrganization_SeesAndChangesNothingOfTheOwners()
    {
        var owner = ActuatorApiClient.Admin(Server);
        var stranger = ActuatorApiClient.Admin(Server);
        var id = await owner.CreateSavedAsync(ActuatorApiClient.NewInput());

        var list = await stranger.ListAsync();
        var got = await stranger.GetAsync(id);
        var updated = await stranger.UpdateAsync(id, new() { ["name"] = "mine-now" });
        var deleted = await stranger.DeleteAsync(id);
        var queried = await stranger.QueryFeaturesAsync(id);

        Assert.Equal(0, list.GetArrayLength());
        Assert.Equal(JsonValueKind.Null, got.ValueKind);
        Assert.Equal("NOT_FOUND", S(updated, "outcome"));
        Assert.False(deleted.GetProperty("deleted").GetBoolean());
        Assert.Equal("NOT_FOUND", S(queried, "outcome"));
        Assert.NotEqual("mine-now", S(await owner.GetAsync(id), "name"));
    }

    private static string? S(JsonElement element, string property) => element.GetProperty(property).GetString();

    private static byte[] ClientPkcs12(string password)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=argus-producer", key, HashAlgorithmName.SHA256);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        return certificate.Export(X509ContentType.Pkcs12, password);
    }
}
