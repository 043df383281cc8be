using System.Text.Json;
using Argus.Server.Authorization;

namespace Argus.Server.Tests.Support;

/// <summary>One caller of the playbook fields: a token for (user, organisation, clearance, roles) on a host, and the
/// operations the API tests send.</summary>
public sealed class PlaybookApiClient(ArgusServerFactory server, string organization, ClassificationLevel clearance, params Role[] roles)
{
    private readonly string _token = server.CreateToken("user-" + Guid.NewGuid().ToString("N")[..8], organization, clearance, roles);

    public const string PlaybookFields = "id modified name status classification versionString playbookTypes warnings { code } versions { modified }";

    /// <summary>A fresh organisation name.</summary>
    public static string NewOrganization() => "org-" + Guid.NewGuid().ToString("N");

    /// <summary>A caller with every role.</summary>
    public static PlaybookApiClient AllRoles(ArgusServerFactory server, string organization, ClassificationLevel clearance) =>
        new(server, organization, clearance, Enum.GetValues<Role>());

    public Task<GraphQlResponse> SendAsync(string query, object? variables = null) => server.PostAsync(query, _token, variables);

    public async Task<JsonElement> DataAsync(string query, object? variables = null)
    {
        var response = await SendAsync(query, variables);
        Assert.False(response.HasErrors, response.Text);
        return response.Data ?? throw new InvalidOperationException("No data: " + response.Text);
    }

    public async Task<JsonElement> ImportAsync(string document, ClassificationLevel? classification = null, string? versionString = null) =>
        (await DataAsync(
            "mutation($d: String!, $c: ClassificationLevel, $v: String) { importCacaoPlaybook(document: $d, classification: $c, versionString: $v) " +
            "{ outcome issues { code severity path message } classification playbook { id modified status } } }",
            new { d = document, c = classification is { } level ? Constant(level.ToString()) : null, v = versionString }))
        .GetProperty("importCacaoPlaybook");

    public async Task<JsonElement> ListAsync(string arguments = "") =>
        (await DataAsync($"{{ cacaoPlaybooks{arguments} {{ edges {{ cursor node {{ id modified name }} }} pageInfo {{ hasNextPage endCursor }} }} }}"))
        .GetProperty("cacaoPlaybooks");

    public async Task<JsonElement> GetAsync(string id, string? version = null) =>
        (await DataAsync($"query($id: String!, $v: String) {{ cacaoPlaybook(id: $id, version: $v) {{ {PlaybookFields} document }} }}",
            new { id, v = version })).GetProperty("cacaoPlaybook");

    public async Task<JsonElement> StatisticsAsync() =>
        (await DataAsync("{ cacaoPlaybookStatistics { playbooks versions importsLast30Days byStatus { key count } byType { key count } byClassification { key count } } }"))
        .GetProperty("cacaoPlaybookStatistics");

    public async Task<JsonElement> ExportAsync(string id, string? version = null, bool redact = false) =>
        (await DataAsync("mutation($id: String!, $v: String, $r: Boolean) { exportCacaoPlaybook(id: $id, version: $v, redactSecrets: $r) { found document redacted } }",
            new { id, v = version, r = redact })).GetProperty("exportCacaoPlaybook");

    public async Task<JsonElement> SetStatusAsync(string id, string version, string status) =>
        (await DataAsync("mutation($id: String!, $v: String!, $s: PlaybookStatus!) { setCacaoPlaybookStatus(id: $id, version: $v, status: $s) { outcome from playbook { status } } }",
            new { id, v = version, s = status })).GetProperty("setCacaoPlaybookStatus");

    /// <summary>An enum value's GraphQL spelling (TopSecret -> TOP_SECRET).</summary>
    private static string Constant(string name) =>
        string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : char.ToUpperInvariant(c).ToString()));
}
