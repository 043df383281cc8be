using System.Text.Json;
using Argus.Server.Authorization;
using Argus.Server.GraphQL.Executions;
using Argus.Server.Tests.Support;

namespace Argus.Server.Tests.GraphQL;

/// <summary>The execution fields end to end through HTTP on a real host and database; run once per provider by
/// <see cref="SqliteExecutionApiTests"/> and <see cref="PostgresExecutionApiTests"/>.</summary>
public abstract partial class ExecutionApiTests
{
    protected abstract ArgusServerFactory Server { get; }

    private async Task<(ExecutionApiClient Client, TestPlaybook Playbook)> OperatorWithPlaybookAsync(
        ClassificationLevel clearance = ClassificationLevel.Unclassified, ClassificationLevel? classification = null)
    {
        var client = ExecutionApiClient.AllRoles(Server, PlaybookApiClient.NewOrganization(), clearance);
        var playbook = new TestPlaybook();
        await client.ImportAsync(playbook, classification);
        return (client, playbook);
    }

    [Fact]
    public async Task ExecuteCacaoPlaybook_StoredPlaybook_StoresPendingExecutionThatTheQueriesReturn()
    {
        var (client, playbook) = await OperatorWithPlaybookAsync();

        var result = await client.ExecutePlaybookAsync(playbook.Id, [ExecutionApiClient.Variable("__sender__", "mallory@example.com")], "EXERCISE");
        var id = ExecutionApiClient.ExecutionId(result).ToString();
        var got = await client.GetAsync(id);
        var listed = await client.ListAsync();

        var execution = result.GetProperty("execution");
        Assert.Empty(result.GetProperty("issues").EnumerateArray());
        Assert.Equal(playbook.Id, execution.GetProperty("playbookId").GetString());
        Assert.Equal(playbook.ModifiedText, execution.GetProperty("playbookVersion").GetString());
        Assert.Equal(JsonValueKind.Null, execution.GetProperty("stepId").ValueKind);
        Assert.Equal("EXERCISE", execution.GetProperty("mode").GetString());
        Assert.Equal("PENDING", execution.GetProperty("state").GetString());
        Assert.False(execution.GetProperty("cancelRequested").GetBoolean());
        Assert.Equal(execution.GetRawText(), got.GetRawText());
        Assert.Equal([id], listed.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()));
    }

    [Fact]
    public async Task ExecuteCacaoPlaybook_DefaultMode_IsLive()
    {
        var (client, playbook) = await OperatorWithPlaybookAsync();

        var result = await client.DataAsync("mutation($id: ID!) { executeCacaoPlaybook(id: $id) { outcome execution { mode } } }", new { id = playbook.Id });

        Assert.Equal("LIVE", result.GetProperty("executeCacaoPlaybook").GetProperty("execution").GetProperty("mode").GetString());
    }

    [Fact]
    public async Task ExecuteCacaoStep_ActionStep_StoresASingleStepExecution()
    {
        var (client, playbook) = await OperatorWithPlaybookAsync();
        var action = ExecutionApiClient.StepOfType(playbook, "action");

        var result = await client.ExecuteStepAsync(playbook.Id, action, [ExecutionApiClient.Variable("__sender__", "x")]);

        var execution = result.GetProperty("execution");
        Assert.Equal("DONE", result.GetProperty("outcome").GetString());
        Assert.Equal(action, execution.GetProperty("stepId").GetString());
        Assert.Equal("PENDING", execution.GetProperty("state").GetString());
    }

    [Fact]
    public async Task ExecuteCacaoStep_StartStep_InvalidAndNothingStored()
    {
        var (client, playbook) = await OperatorWithPlaybookAsync();

        var result = await client.ExecuteStepAsync(playbook.Id, ExecutionApiClient.StepOfType(playbook, "start"));

        Assert.Equal("INVALID", result.GetProperty("outcome").GetString());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("execution").ValueKind);
        Assert.False(string.IsNullOrEmpty(result.GetProperty("message").GetString()));
        Assert.Empty((await client.ListAsync()).GetProperty("edges").EnumerateArray());
    }

    [Fact]
    public async Task ExecuteCacaoStep_UnknownStep_NotFoundAndNothingStored()
    {
        var (client, playbook) = await OperatorWithPlaybookAsync();

        var result = await client.ExecuteStepAsync(playbook.Id, "action--" + Guid.NewGuid());

        Assert.Equal("NOT_FOUND", result.GetProperty("outcome").GetString());
        Assert.Empty((await client.ListAsync()).GetProperty("edges").EnumerateArray());
    }

    [Fact]
    public async Task ExecuteCacaoPlaybook_UnknownPlaybookOrVersion_NotFoundAndNothingStored()
    {
        var (client, playbook) = await OperatorWithPlaybookAsync();

        var unknown = await client.ExecutePlaybookAsync("playbook--" + Guid.NewGuid());
        var unknownVersion = await client.ExecutePlaybookAsync(playbook.Id, version: "2030-01-01T00:00:00.000Z");

        Assert.Equal("NOT_FOUND", unknown.GetProperty("outcome").GetString());
        Assert.Equal("NOT_FOUND", unknownVersion.GetProperty("outcome").GetString());
        Assert.Empty((await client.ListAsync()).GetProperty("edges").EnumerateArray());
    }

    public static TheoryData<string, string, int, string> BadVariables() => new()
    {
        { "sender", "x", 1, "variable.name" },
        { "__1sender__", "x", 1, "variable.name" },
        { "__sen der__", "x", 1, "variable.name" },
        { "__sender__\n", "x", 1, "variable.name" },
        { "__" + new string('a', 250) + "__", "x", 1, "variable.name" },
        { "__sender__", new string('v', ExecutionVariables.MaxValueLength + 1), 1, "variable.too_long" },
        { "__sender__", "x", 2, "variable.duplicate" },
        { "__sender__", "x", 101, "variable.too_many" },
    };

    [Theory]
    [MemberData(nameof(BadVariables))]
    public async Task ExecuteCacaoPlaybook_BadVariables_InvalidWithIssueAndNothingStored(string name, string value, int copies, string code)
    {
        var (client, playbook) = await OperatorWithPlaybookAsync();
        var variables = Enumerable.Range(0, copies)
            .Select(i => ExecutionApiClient.Variable(code == "variable.too_many" ? $"__v{i}__" : name, value)).ToArray();

        var result = await client.ExecutePlaybookAsync(playbook.Id, variables);
        var step = await client.ExecuteStepAsync(playbook.Id, ExecutionApiClient.StepOfType(playbook, "action"), variables);

        Assert.Equal("INVALID", result.GetProperty("outcome").GetString());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("execution").ValueKind);
        Assert.Contains(result.GetProperty("issues").EnumerateArray(), i => i.GetProperty("code").GetString() == code
            && i.GetProperty("severity").GetString() == "ERROR" && i.GetProperty("path").GetString()!.StartsWith("/variables", StringComparison.Ordinal));
        Assert.Equal("INVALID", step.GetProperty("outcome").GetString());
        Assert.Empty((await client.ListAsync()).GetProperty("edges").EnumerateArray());
    }

    [Fact]
    public async Task ExecutionMutations_ViewerRole_ForbiddenAndNothingStored()
    {
        var organization = PlaybookApiClient.NewOrganization();
        var owner = ExecutionApiClient.AllRoles(Server, organization, ClassificationLevel.Unclassified);
        var playbook = new TestPlaybook();
        await owner.ImportAsync(playbook);
        var execution = ExecutionApiClient.ExecutionId(await owner.ExecutePlaybookAsync(playbook.Id)).ToString();
        var viewer = new ExecutionApiClient(Server, organization, ClassificationLevel.TopSecret, Role.Viewer, Role.Author, Role.Approver);
        var action = ExecutionApiClient.StepOfType(playbook, "action");

        var responses = new[]
        {
            await viewer.SendAsync("mutation($id: ID!) { executeCacaoPlaybook(id: $id) { outcome } }", new { id = playbook.Id }),
            await viewer.SendAsync("mutation($id: ID!, $s: String!) { executeCacaoStep(playbookId: $id, stepId: $s) { outcome } }", new { id = playbook.Id, s = action }),
            await viewer.SendAsync("mutation($e: ID!) { respondToManualStep(executionId: $e, requestId: \"r\", outcome: SUCCESS) { outcome } }", new { e = execution }),
            await viewer.SendAsync("mutation($e: ID!) { cancelExecution(executionId: $e) { outcome } }", new { e = execution }),
        };

        Assert.All(responses, r => Assert.Equal(["FORBIDDEN"], r.ErrorCodes));
        Assert.All(responses, r => Assert.Null(r.Data));
        Assert.Single((await viewer.ListAsync()).GetProperty("edges").EnumerateArray());
        Assert.Equal("PENDING", (await viewer.GetAsync(execution)).GetProperty("state").GetString());
    }

    [Fact]
    public async Task Executions_BadCursor_BadRequestError()
    {
        var (client, _) = await OperatorWithPlaybookAsync();
        var playbookCursor = Argus.Server.GraphQL.Relay.RelayConnections.EncodeCursor("0:whatever");

        var garbage = await client.SendAsync("{ executions(after: \"not a cursor\") { edges { cursor } } }");
        var foreign = await client.SendAsync($"{{ executions(after: \"{playbookCursor}\") {{ edges {{ cursor }} }} }}");
        var forged = Argus.Server.GraphQL.Relay.RelayConnections.EncodeCursor("executions:0:not-a-storage-token");
        var unknownToStorage = await client.SendAsync($"{{ executions(after: \"{forged}\") {{ edges {{ cursor }} }} }}");
        var none = await client.SendAsync("{ executions(first: 0) { edges { cursor } } }");

        Assert.Equal(["BAD_REQUEST"], garbage.ErrorCodes);
        Assert.Equal(["BAD_REQUEST"], foreign.ErrorCodes);
        Assert.Equal(["BAD_REQUEST"], unknownToStorage.ErrorCodes);
        Assert.Equal(["BAD_REQUEST"], none.ErrorCodes);
    }

    [Fact]
    public async Task Executions_PagesOfOneWithFilters_WalkEachMatchingExecutionOnce()
    {
        var (client, playbook) = await OperatorWithPlaybookAsync();
        var other = new TestPlaybook();
        await client.ImportAsync(other);
        var live = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            live.Add(ExecutionApiClient.ExecutionId(await client.ExecutePlaybookAsync(playbook.Id)).ToString());
        }

        var exercise = ExecutionApiClient.ExecutionId(await client.ExecutePlaybookAsync(playbook.Id, mode: "EXERCISE")).ToString();
        var otherPlaybook = ExecutionApiClient.ExecutionId(await client.ExecutePlaybookAsync(other.Id)).ToString();

        var seen = new List<string>();
        string? after = null;
        for (var page = 0; page < 10; page++)
        {
            var filter = $"playbookId: \"{playbook.Id}\", mode: LIVE, state: PENDING";
            var listed = await client.ListAsync(after is null ? $"(first: 1, {filter})" : $"(first: 1, {filter}, after: \"{after}\")");
            seen.AddRange(listed.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!));
            if (!listed.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean())
            {
                break;
            }

            after = listed.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }

        var exercises = await client.ListAsync("(mode: EXERCISE)");
        var ofOther = await client.ListAsync($"(playbookId: \"{other.Id}\")");

        Assert.Equal(live.Order(), seen.Order());
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal([exercise], exercises.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()));
        Assert.Equal([otherPlaybook], ofOther.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()));
    }
}
