using System.Text.Json;
using Argus.Execution.Status;
using Argus.Server.Authorization;
using Argus.Server.Tests.Support;
using Argus.Storage.Executions;

namespace Argus.Server.Tests.GraphQL;

public abstract partial class ExecutionApiTests
{
    [Fact]
    public async Task CancelExecution_Pending_CancelledAndThenAlreadyFinal()
    {
        var (client, playbook) = await OperatorWithPlaybookAsync();
        var id = ExecutionApiClient.ExecutionId(await client.ExecutePlaybookAsync(playbook.Id)).ToString();

        var cancelled = await client.CancelAsync(id);
        var again = await client.CancelAsync(id);

        Assert.Equal("DONE", cancelled.GetProperty("outcome").GetString());
        Assert.Equal("CANCELLED", cancelled.GetProperty("execution").GetProperty("state").GetString());
        Assert.Equal("ALREADY_FINAL", again.GetProperty("outcome").GetString());
        Assert.Equal("CANCELLED", again.GetProperty("execution").GetProperty("state").GetString());
        Assert.Equal("CANCELLED", (await client.GetAsync(id)).GetProperty("state").GetString());
    }

    [Fact]
    public async Task CancelExecution_Completed_AlreadyFinal()
    {
        var (client, playbook) = await OperatorWithPlaybookAsync();
        var id = ExecutionApiClient.ExecutionId(await client.ExecutePlaybookAsync(playbook.Id));
        var worker = new QueueWorker(Server);
        await worker.CompleteAsync(await worker.ClaimAsync(id));

        var cancel = await client.CancelAsync(id.ToString());

        Assert.Equal("ALREADY_FINAL", cancel.GetProperty("outcome").GetString());
        Assert.Equal("COMPLETED", cancel.GetProperty("execution").GetProperty("state").GetString());
    }

    [Fact]
    public async Task CancelExecution_Running_MarkedForTheWorker()
    {
        var (client, playbook) = await OperatorWithPlaybookAsync();
        var id = ExecutionApiClient.ExecutionId(await client.ExecutePlaybookAsync(playbook.Id));
        await new QueueWorker(Server).ClaimAsync(id);

        var cancel = await client.CancelAsync(id.ToString());

        Assert.Equal("DONE", cancel.GetProperty("outcome").GetString());
        Assert.Equal("RUNNING", cancel.GetProperty("execution").GetProperty("state").GetString());
        Assert.True(cancel.GetProperty("execution").GetProperty("cancelRequested").GetBoolean());
    }

    [Fact]
    public async Task CancelExecution_NotAnExecutionId_NotFound()
    {
        var (client, _) = await OperatorWithPlaybookAsync();

        var malformed = await client.CancelAsync("not-a-uuid");
        var missing = await client.CancelAsync(Guid.NewGuid().ToString());

        Assert.Equal("NOT_FOUND", malformed.GetProperty("outcome").GetString());
        Assert.Equal("NOT_FOUND", missing.GetProperty("outcome").GetString());
        Assert.Equal(JsonValueKind.Null, (await client.GetAsync("not-a-uuid")).ValueKind);
    }

    [Fact]
    public async Task RespondToManualStep_WaitingRequest_StoresTheFirstAnswerOnly()
    {
        var (client, id, worker, lease, action) = await WaitingForManualAnswerAsync();
        var pending = (await client.GetAsync(id.ToString())).GetProperty("pendingManualRequests");

        var answered = await client.RespondAsync(id.ToString(), "manual-1", "SUCCESS", [ExecutionApiClient.Variable("__sender__", "mallory@example.com")]);
        var again = await client.RespondAsync(id.ToString(), "manual-1", "FAILURE");
        var delivered = await worker.AnsweredAsync(lease);

        Assert.Equal(["manual-1"], pending.EnumerateArray().Select(p => p.GetProperty("requestId").GetString()));
        Assert.Equal(action, pending[0].GetProperty("stepId").GetString());
        Assert.Equal("Block the sender", pending[0].GetProperty("prompt").GetString());
        Assert.Equal(["__sender__"], pending[0].GetProperty("expectedVariables").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal("DONE", answered.GetProperty("outcome").GetString());
        Assert.Empty(answered.GetProperty("execution").GetProperty("pendingManualRequests").EnumerateArray());
        Assert.Equal("ALREADY_FINAL", again.GetProperty("outcome").GetString());
        var answer = Assert.Single(delivered).Answer;
        Assert.NotNull(answer);
        Assert.Equal("success", answer.Outcome);
        Assert.Equal("mallory@example.com", answer.Variables["__sender__"]);
    }

    [Fact]
    public async Task RespondToManualStep_UnknownRequestOrBadVariables_NothingStored()
    {
        var (client, id, worker, lease, action) = await WaitingForManualAnswerAsync();

        var unknown = await client.RespondAsync(id.ToString(), "manual-404", "SUCCESS");
        var badName = await client.RespondAsync(id.ToString(), "manual-1", "SUCCESS", [ExecutionApiClient.Variable("sender", "x")]);

        Assert.Equal("NOT_FOUND", unknown.GetProperty("outcome").GetString());
        Assert.Equal("INVALID", badName.GetProperty("outcome").GetString());
        Assert.Equal("/variables/0/name", badName.GetProperty("issues")[0].GetProperty("path").GetString());
        Assert.Empty(await worker.AnsweredAsync(lease));
        Assert.Single((await client.GetAsync(id.ToString())).GetProperty("pendingManualRequests").EnumerateArray());
    }

    [Fact]
    public async Task ExecutionStatuses_RecordsWrittenThroughTheQueue_TypedFieldsEqualTheSeedJson()
    {
        var (client, playbook) = await OperatorWithPlaybookAsync();
        var id = ExecutionApiClient.ExecutionId(await client.ExecutePlaybookAsync(playbook.Id));
        var worker = new QueueWorker(Server);
        var lease = await worker.ClaimAsync(id);
        var action = ExecutionApiClient.StepOfType(playbook, "action");
        await worker.SaveAsync(lease, ExecutionApiClient.StepOfType(playbook, "start"), "start", ExecutionStatus.SuccessfullyExecuted);
        var ongoing = await worker.SaveAsync(lease, action, "action", ExecutionStatus.Ongoing, commands: "Block the sender");
        var done = await worker.SaveAsync(lease, action, "action", ExecutionStatus.SuccessfullyExecuted, ongoing.RecordId, "Block the sender");
        await worker.SaveAsync(lease, ExecutionApiClient.StepOfType(playbook, "end"), "end", ExecutionStatus.SuccessfullyExecuted);
        await worker.CompleteAsync(lease);

        var exported = await client.StatusesAsync(id.ToString());
        var all = await client.StatusesAsync(id.ToString(), includeFlowControl: true);
        var nested = (await client.DataAsync("query($e: ID!) { execution(id: $e) { state statuses { id json } } }", new { e = id.ToString() }))
            .GetProperty("execution");

        var record = Assert.Single(exported.EnumerateArray());
        Assert.Equal(done.RecordJson, record.GetProperty("json").GetString());
        AssertTypedFieldsEqualJson(record);
        Assert.Equal(["start", "action", "end"], all.EnumerateArray().Select(r => r.GetProperty("stepType").GetString()));
        Assert.All(all.EnumerateArray(), AssertTypedFieldsEqualJson);
        Assert.Equal("COMPLETED", nested.GetProperty("state").GetString());
        Assert.Equal([done.RecordId], nested.GetProperty("statuses").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        await Argus.Execution.Tests.Status.StatusSchemaOracle.AssertJsonValidAsync(
            "[" + string.Join(",", exported.EnumerateArray().Select(r => r.GetProperty("json").GetString())) + "]");
    }

    [Fact]
    public async Task ExecutionFields_OtherOrganisation_SeeAndChangeNothing()
    {
        var (owner, playbook) = await OperatorWithPlaybookAsync();
        var id = ExecutionApiClient.ExecutionId(await owner.ExecutePlaybookAsync(playbook.Id)).ToString();
        var stranger = ExecutionApiClient.AllRoles(Server, PlaybookApiClient.NewOrganization(), ClassificationLevel.TopSecret);

        Assert.Equal(JsonValueKind.Null, (await stranger.GetAsync(id)).ValueKind);
        Assert.Equal(JsonValueKind.Null, (await stranger.StatusesAsync(id)).ValueKind);
        Assert.Empty((await stranger.ListAsync()).GetProperty("edges").EnumerateArray());
        Assert.Equal("NOT_FOUND", (await stranger.CancelAsync(id)).GetProperty("outcome").GetString());
        Assert.Equal("NOT_FOUND", (await stranger.RespondAsync(id, "manual-1", "SUCCESS")).GetProperty("outcome").GetString());
        Assert.Equal("NOT_FOUND", (await stranger.ExecutePlaybookAsync(playbook.Id)).GetProperty("outcome").GetString());
        Assert.Equal("PENDING", (await owner.GetAsync(id)).GetProperty("state").GetString());
    }

    [Fact]
    public async Task ExecutionFields_PlaybookAboveTheCallersClearance_AnswerAsMissing()
    {
        var (owner, playbook) = await OperatorWithPlaybookAsync(ClassificationLevel.Secret, ClassificationLevel.Secret);
        var id = ExecutionApiClient.ExecutionId(await owner.ExecutePlaybookAsync(playbook.Id)).ToString();
        var reader = ExecutionApiClient.AllRoles(Server, owner.Organization, ClassificationLevel.Confidential);

        var hidden = await reader.SendAsync("query($e: ID!) { execution(id: $e) { id } }", new { e = id });
        var absent = await reader.SendAsync("query($e: ID!) { execution(id: $e) { id } }", new { e = Guid.NewGuid().ToString() });

        Assert.Equal(absent.Text, hidden.Text);
        Assert.Equal(JsonValueKind.Null, (await reader.StatusesAsync(id)).ValueKind);
        Assert.Empty((await reader.ListAsync()).GetProperty("edges").EnumerateArray());
        Assert.Equal("NOT_FOUND", (await reader.CancelAsync(id)).GetProperty("outcome").GetString());
        Assert.Equal("NOT_FOUND", (await reader.ExecutePlaybookAsync(playbook.Id)).GetProperty("outcome").GetString());
        Assert.Equal(ExecutionState.Pending.ToString().ToUpperInvariant(), (await owner.GetAsync(id)).GetProperty("state").GetString());
    }

    // An execution whose action step waits for the manual request "manual-1" (prompt "Block the sender").
    private async Task<(ExecutionApiClient Client, Guid Id, QueueWorker Worker, ExecutionLease Lease, string Action)> WaitingForManualAnswerAsync()
    {
        var (client, playbook) = await OperatorWithPlaybookAsync();
        var id = ExecutionApiClient.ExecutionId(await client.ExecutePlaybookAsync(playbook.Id));
        var worker = new QueueWorker(Server);
        var lease = await worker.ClaimAsync(id);
        var action = ExecutionApiClient.StepOfType(playbook, "action");
        var waiting = await worker.SaveAsync(lease, action, "action", ExecutionStatus.AwaitUserInput, commands: "Block the sender");
        await worker.RequestManualAsync(lease, "manual-1", action, waiting.RecordId);
        return (client, id, worker, lease, action);
    }

    private static void AssertTypedFieldsEqualJson(JsonElement record)
    {
        using var document = JsonDocument.Parse(record.GetProperty("json").GetString()!);
        var json = document.RootElement;
        Assert.Equal(json.GetProperty("type").GetString(), record.GetProperty("type").GetString());
        Assert.Equal(json.GetProperty("id").GetString(), record.GetProperty("id").GetString());
        Assert.Equal(json.GetProperty("workflow_id").GetString(), record.GetProperty("workflowId").GetString());
        Assert.Equal(json.GetProperty("workflow_step").GetString(), record.GetProperty("workflowStep").GetString());
        Assert.Equal(json.GetProperty("start_time").GetString(), record.GetProperty("startTime").GetString());
        long? expectedDuration = json.TryGetProperty("duration", out var duration) ? duration.GetInt64() : null;
        long? typedDuration = record.GetProperty("duration").ValueKind == JsonValueKind.Null ? null : record.GetProperty("duration").GetInt64();
        Assert.Equal(expectedDuration, typedDuration);
        Assert.Equal(json.GetProperty("status").GetString(), record.GetProperty("status").GetString()!.ToLowerInvariant());
        Assert.Equal(Optional(json, "status_text"), record.GetProperty("statusText").GetString());
        Assert.Equal(Optional(json, "executed_by"), record.GetProperty("executedBy").GetString());
        Assert.Equal(json.GetProperty("command_b64").EnumerateArray().Select(c => c.GetString()),
            record.GetProperty("commandB64").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(Optional(json, "notes"), record.GetProperty("notes").GetString());
        Assert.Equal(json.GetProperty("automated_execution").GetBoolean(), record.GetProperty("automatedExecution").GetBoolean());
    }

    private static string? Optional(JsonElement json, string name) => json.TryGetProperty(name, out var value) ? value.GetString() : null;
}
