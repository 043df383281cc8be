using System.Net;
using Argus.Execution.Status;
using Argus.Server.Authorization;
using Argus.Server.Tests.Support;

namespace Argus.Server.Tests.Streaming;

/// <summary><c>GET /executions/{id}/events</c> on a real host and database, with records written through the real
/// work queue; run once per provider by <see cref="SqliteExecutionEventsEndpointTests"/> and
/// <see cref="PostgresExecutionEventsEndpointTests"/>.</summary>
public abstract class ExecutionEventsEndpointTests
{
    protected abstract ArgusServerFactory Server { get; }

    private async Task<(ExecutionApiClient Client, TestPlaybook Playbook, Guid ExecutionId)> PendingExecutionAsync()
    {
        var client = ExecutionApiClient.AllRoles(Server, PlaybookApiClient.NewOrganization(), ClassificationLevel.Unclassified);
        var playbook = new TestPlaybook();
        await client.ImportAsync(playbook);
        return (client, playbook, ExecutionApiClient.ExecutionId(await client.ExecutePlaybookAsync(playbook.Id)));
    }

    [Fact]
    public async Task Events_RecordsWrittenWhileStreaming_StatusEventsInOrderThenEnd()
    {
        var (client, playbook, id) = await PendingExecutionAsync();
        var worker = new QueueWorker(Server);
        var action = ExecutionApiClient.StepOfType(playbook, "action");
        await using var stream = await ServerSentEventStream.OpenAsync(Server, id.ToString(), client.Token);
        var first = await stream.ReadEventAsync();

        var lease = await worker.ClaimAsync(id);
        await worker.SaveAsync(lease, ExecutionApiClient.StepOfType(playbook, "start"), "start", ExecutionStatus.SuccessfullyExecuted);
        var ongoing = await worker.SaveAsync(lease, action, "action", ExecutionStatus.Ongoing, commands: "Block the sender");
        var done = await worker.SaveAsync(lease, action, "action", ExecutionStatus.SuccessfullyExecuted, ongoing.RecordId, "Block the sender");
        await worker.CompleteAsync(lease);
        var events = await stream.ReadUntilAsync("end");
        var after = await stream.ReadEventAsync();

        Assert.Equal(HttpStatusCode.OK, stream.Status);
        Assert.Equal("text/event-stream", stream.MediaType);
        Assert.NotNull(first);
        Assert.Equal("execution", first.Event);
        Assert.Equal("PENDING", first.Json.GetProperty("state").GetString());
        var statuses = events.Where(e => e.Event == "status").ToList();
        Assert.NotEmpty(statuses);
        Assert.Equal(done.RecordJson, statuses[^1].Json.GetProperty("record").GetRawText());
        Assert.All(statuses, s => Assert.Equal("action", s.Json.GetProperty("stepType").GetString()));
        var sequences = statuses.Select(s => long.Parse(s.Id!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(sequences.Order(), sequences);
        Assert.Equal(sequences.Distinct().Count(), sequences.Count);
        Assert.All(statuses, s => Assert.Equal(s.Id, s.Json.GetProperty("changeSequence").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("end", events[^1].Event);
        Assert.Equal("COMPLETED", events[^1].Json.GetProperty("state").GetString());
        Assert.Contains(events, e => e.Event == "execution" && e.Json.GetProperty("state").GetString() == "COMPLETED");
        Assert.Null(after);
        await Argus.Execution.Tests.Status.StatusSchemaOracle.AssertJsonValidAsync(
            "[" + string.Join(",", statuses.Select(s => s.Json.GetProperty("record").GetRawText())) + "]");
    }

    [Fact]
    public async Task Events_LastEventId_ResumesAfterThatChange()
    {
        var (client, playbook, id) = await PendingExecutionAsync();
        var worker = new QueueWorker(Server);
        var lease = await worker.ClaimAsync(id);
        var action = ExecutionApiClient.StepOfType(playbook, "action");
        var written = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            written.Add((await worker.SaveAsync(lease, action, "action", ExecutionStatus.SuccessfullyExecuted, commands: "Block the sender " + i)).RecordJson);
        }

        await worker.CompleteAsync(lease);
        await using var whole = await ServerSentEventStream.OpenAsync(Server, id.ToString(), client.Token);
        var all = (await whole.ReadUntilAsync("end")).Where(e => e.Event == "status").ToList();

        await using var resumed = await ServerSentEventStream.OpenAsync(Server, id.ToString(), client.Token, long.Parse(all[0].Id!, System.Globalization.CultureInfo.InvariantCulture));
        var rest = await resumed.ReadUntilAsync("end");

        Assert.Equal(written, all.Select(e => e.Json.GetProperty("record").GetRawText()));
        Assert.Equal(written[1..], rest.Where(e => e.Event == "status").Select(e => e.Json.GetProperty("record").GetRawText()));
        Assert.Equal("end", rest[^1].Event);
    }

    [Fact]
    public async Task Events_FlowControlRequested_StreamsEveryRecord()
    {
        var (client, playbook, id) = await PendingExecutionAsync();
        var worker = new QueueWorker(Server);
        var lease = await worker.ClaimAsync(id);
        await worker.SaveAsync(lease, ExecutionApiClient.StepOfType(playbook, "start"), "start", ExecutionStatus.SuccessfullyExecuted);
        await worker.SaveAsync(lease, ExecutionApiClient.StepOfType(playbook, "action"), "action", ExecutionStatus.SuccessfullyExecuted, commands: "Block");
        await worker.CompleteAsync(lease, Argus.Storage.Executions.ExecutionState.Failed);

        await using var stream = await ServerSentEventStream.OpenAsync(Server, id.ToString(), client.Token, query: "?includeFlowControl=true");
        var events = await stream.ReadUntilAsync("end");

        Assert.Equal(["start", "action"], events.Where(e => e.Event == "status").Select(e => e.Json.GetProperty("stepType").GetString()));
        Assert.Equal("FAILED", events[^1].Json.GetProperty("state").GetString());
    }

    [Fact]
    public async Task Events_ExecutionOfAnotherOrganisationOrMissing_NotFound()
    {
        var (_, _, id) = await PendingExecutionAsync();
        var stranger = ExecutionApiClient.AllRoles(Server, PlaybookApiClient.NewOrganization(), ClassificationLevel.TopSecret);

        await using var hidden = await ServerSentEventStream.OpenAsync(Server, id.ToString(), stranger.Token);
        await using var missing = await ServerSentEventStream.OpenAsync(Server, Guid.NewGuid().ToString(), stranger.Token);
        await using var malformed = await ServerSentEventStream.OpenAsync(Server, "not-a-uuid", stranger.Token);

        Assert.Equal(HttpStatusCode.NotFound, hidden.Status);
        Assert.Equal(await missing.ReadBodyAsync(), await hidden.ReadBodyAsync());
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
        Assert.Equal(HttpStatusCode.NotFound, malformed.Status);
    }

    [Fact]
    public async Task Events_NoTokenOrNoViewerRole_RefusedBeforeAnythingIsRead()
    {
        var (client, _, id) = await PendingExecutionAsync();
        var operatorOnly = new ExecutionApiClient(Server, client.Organization, ClassificationLevel.TopSecret, Role.Operator);

        await using var anonymous = await ServerSentEventStream.OpenAsync(Server, id.ToString(), token: null);
        await using var forged = await ServerSentEventStream.OpenAsync(Server, id.ToString(), token: "not.a.token");
        await using var forbidden = await ServerSentEventStream.OpenAsync(Server, id.ToString(), operatorOnly.Token);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.Status);
        Assert.Contains("UNAUTHENTICATED", await anonymous.ReadBodyAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.Status);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.Status);
    }
}
