using System.Text.Json;
using Argus.Server.Authorization;

namespace Argus.Server.Tests.Support;

/// <summary>One caller of the actuator fields (a token for an organisation and roles) and the operations the tests send;
/// every raw response text is kept in <see cref="Responses"/> so tests can search all of them for secrets.</summary>
public sealed class ActuatorApiClient(ArgusServerFactory server, string organization, params Role[] roles)
{
    public const string ActuatorFields =
        "id name endpoint transferVersion path actuatorMember profiles environment timeoutSeconds authentication "
        + "clientCertificate { subject sha256 notAfter } trustedCertificateAuthorityPem pinnedServerCertificateSha256 createdBy createdAt updatedBy updatedAt";

    public const string ResultFields = $"outcome issues {{ field code message }} actuator {{ {ActuatorFields} }}";

    public const string FeatureFields = "outcome requestId httpStatus status statusText versions profiles pairs { action targets } rateLimit responseJson error";

    private readonly string _token = server.CreateToken("user-" + Guid.NewGuid().ToString("N")[..8], organization, ClassificationLevel.Unclassified, roles);

    public List<string> Responses { get; } = [];

    public static ActuatorApiClient Admin(ArgusServerFactory server, string? organization = null) =>
        new(server, organization ?? PlaybookApiClient.NewOrganization(), Role.Admin);

    public async Task<GraphQlResponse> SendAsync(string query, object? variables = null)
    {
        var response = await server.PostAsync(query, _token, variables);
        Responses.Add(response.Text);
        return response;
    }

    public async Task<JsonElement> DataAsync(string query, object? variables = null)
    {
        var response = await SendAsync(query, variables);
        Assert.False(response.HasErrors, response.Text);
        return response.Data ?? throw new InvalidOperationException("No data: " + response.Text);
    }

    public async Task<JsonElement> CreateAsync(Dictionary<string, object?> input) =>
        (await DataAsync($"mutation($input: CreateOpenC2ActuatorInput!) {{ createOpenC2Actuator(input: $input) {{ {ResultFields} }} }}", new { input }))
        .GetProperty("createOpenC2Actuator");

    /// <summary>Creates and returns the new actuator's id, failing the test unless it was SAVED.</summary>
    public async Task<string> CreateSavedAsync(Dictionary<string, object?> input)
    {
        var result = await CreateAsync(input);
        Assert.True(result.GetProperty("outcome").GetString() == "SAVED", result.ToString());
        return result.GetProperty("actuator").GetProperty("id").GetString()!;
    }

    public async Task<JsonElement> UpdateAsync(string id, Dictionary<string, object?> input) =>
        (await DataAsync($"mutation($id: ID!, $input: UpdateOpenC2ActuatorInput!) {{ updateOpenC2Actuator(id: $id, input: $input) {{ {ResultFields} }} }}",
            new { id, input })).GetProperty("updateOpenC2Actuator");

    public async Task<JsonElement> DeleteAsync(string id) =>
        (await DataAsync("mutation($id: ID!) { deleteOpenC2Actuator(id: $id) { id deleted } }", new { id })).GetProperty("deleteOpenC2Actuator");

    public async Task<JsonElement> ListAsync() =>
        (await DataAsync($"{{ openC2Actuators {{ {ActuatorFields} }} }}")).GetProperty("openC2Actuators");

    public async Task<JsonElement> GetAsync(string id) =>
        (await DataAsync($"query($id: ID!) {{ openC2Actuator(id: $id) {{ {ActuatorFields} }} }}", new { id })).GetProperty("openC2Actuator");

    public async Task<JsonElement> QueryFeaturesAsync(string id, string[]? features = null) =>
        (await DataAsync($"mutation($id: ID!, $f: [OpenC2Feature!]) {{ queryOpenC2Features(actuatorId: $id, features: $f) {{ {FeatureFields} }} }}",
            new { id, f = features })).GetProperty("queryOpenC2Features");

    /// <summary>A valid create input with a unique name and no credentials.</summary>
    public static Dictionary<string, object?> NewInput(string endpoint = "https://fw.example:8443", string environment = "SANDBOX") => new()
    {
        ["name"] = "fw-" + Guid.NewGuid().ToString("N")[..8],
        ["endpoint"] = endpoint,
        ["environment"] = environment,
        ["profiles"] = new[] { "slpf" },
    };
}
