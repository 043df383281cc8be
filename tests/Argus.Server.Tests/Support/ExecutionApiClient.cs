using System.Text.Json;
using System.Text.Json.Nodes;
using Argus.Server.Authorization;

namespace Argus.Server.Tests.Support;

/// <summary>One caller of the execution fields (a token for organisation, clearance and roles on a host) and the
/// operations the execution tests send.</summary>
public sealed class ExecutionApiClient(ArgusServerFactory server, string organization, ClassificationLevel clearance, params Role[] roles)
{
    public const string ExecutionFields =
        "id playbookId playbookVersion stepId mode state reason requestedBy createdAt startedAt endedAt attempt cancelRequested " +
        "pendingManualRequests { requestId stepId recordId prompt expectedVariables requestedAt }";

    public const string StatusFields =
        "id type workflowId workflowStep startTime duration status statusText executedBy commandB64 notes automatedExecution json " +
        "invocationKey stepType branchPath iteration exported sequence changeSequence";

    private const string ResultFields = "outcome message issues { path code severity message } execution { " + ExecutionFields + " }";

    private readonly PlaybookApiClient _playbooks = new(server, organization, clearance, roles);

    public string Token { get; } = server.CreateToken("user-" + Guid.NewGuid().ToString("N")[..8], organization, clearance, roles);

    public string Organization => organization;

    /// <summary>A caller with every role.</summary>
    public static ExecutionApiClient AllRoles(ArgusServerFactory server, string organization, ClassificationLevel clearance) =>
        new(server, organization, clearance, Enum.GetValues<Role>());

    public Task<GraphQlResponse> SendAsync(string query, object? variables = null) => server.PostAsync(query, Token, variables);

    public async Task<JsonElement> DataAsync(string query, object? variables = null)
    {
        var response = await SendAsync(query, variables);
        Assert.False(response.HasErrors, response.Text);
        return response.Data ?? throw new InvalidOperationException("No data: " + response.Text);
    }

    /// <summary>Imports a playbook (needs the author role) and asserts it was stored.</summary>
    public async Task ImportAsync(TestPlaybook playbook, ClassificationLevel? classification = null) =>
        Assert.Equal("STORED", (await _playbooks.ImportAsync(playbook.ToText(), classification)).GetProperty("outcome").GetString());

    public async Task<JsonElement> ExecutePlaybookAsync(string id, object[]? variables = null, string? mode = null, string? version = null) =>
        (await DataAsync(
            $"mutation($id: ID!, $v: String, $vars: [VariableInput!], $m: ExecutionMode) {{ executeCacaoPlaybook(id: $id, version: $v, variables: $vars, mode: $m) {{ {ResultFields} }} }}",
            new { id, v = version, vars = variables, m = mode ?? "LIVE" })).GetProperty("executeCacaoPlaybook");

    public async Task<JsonElement> ExecuteStepAsync(string playbookId, string stepId, object[]? variables = null, string? mode = null) =>
        (await DataAsync(
            $"mutation($id: ID!, $s: String!, $vars: [VariableInput!], $m: ExecutionMode) {{ executeCacaoStep(playbookId: $id, stepId: $s, variables: $vars, mode: $m) {{ {ResultFields} }} }}",
            new { id = playbookId, s = stepId, vars = variables, m = mode ?? "LIVE" })).GetProperty("executeCacaoStep");

    public async Task<JsonElement> RespondAsync(string executionId, string requestId, string outcome, object[]? variables = null) =>
        (await DataAsync(
            $"mutation($e: ID!, $r: String!, $o: ManualOutcome!, $vars: [VariableInput!]) {{ respondToManualStep(executionId: $e, requestId: $r, outcome: $o, variables: $vars) {{ {ResultFields} }} }}",
            new { e = executionId, r = requestId, o = outcome, vars = variables })).GetProperty("respondToManualStep");

    public async Task<JsonElement> CancelAsync(string executionId) =>
        (await DataAsync($"mutation($e: ID!) {{ cancelExecution(executionId: $e) {{ {ResultFields} }} }}", new { e = executionId }))
        .GetProperty("cancelExecution");

    public async Task<JsonElement> GetAsync(string executionId) =>
        (await DataAsync($"query($e: ID!) {{ execution(id: $e) {{ {ExecutionFields} }} }}", new { e = executionId })).GetProperty("execution");

    public async Task<JsonElement> ListAsync(string arguments = "") =>
        (await DataAsync($"{{ executions{arguments} {{ edges {{ cursor node {{ id playbookId mode state }} }} pageInfo {{ hasNextPage endCursor }} }} }}"))
        .GetProperty("executions");

    public async Task<JsonElement> StatusesAsync(string executionId, bool includeFlowControl = false) =>
        (await DataAsync($"query($e: ID!, $f: Boolean) {{ executionStatuses(executionId: $e, includeFlowControl: $f) {{ {StatusFields} }} }}",
            new { e = executionId, f = includeFlowControl })).GetProperty("executionStatuses");

    /// <summary>A variable input as the API takes it.</summary>
    public static object Variable(string name, string value) => new { name, value };

    /// <summary>The id of the first workflow step of <paramref name="type"/> in the builder's document.</summary>
    public static string StepOfType(TestPlaybook playbook, string type) =>
        playbook.ToJson()["workflow"]!.AsObject().First(step => (string?)step.Value!["type"] == type).Key;

    /// <summary>The execution id of a DONE result.</summary>
    public static Guid ExecutionId(JsonElement result)
    {
        Assert.Equal("DONE", result.GetProperty("outcome").GetString());
        return Guid.Parse(result.GetProperty("execution").GetProperty("id").GetString()!);
    }

    internal static JsonNode? Node(JsonElement element) => JsonNode.Parse(element.GetRawText());
}
