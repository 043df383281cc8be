using System.Text.Json;
using Argus.Server.Authorization;
using Argus.Server.Tests.Support;

namespace Argus.Server.Tests.GraphQL;

/// <summary>
/// The execution API with the host's own worker running the real engine: submit through GraphQL, follow the live
/// stream to the manual step, answer it through GraphQL, follow the stream to its end, then read the records. Every
/// wait is on an event the server sends (bounded by the stream's deadline), never on time.
/// </summary>
public sealed class ExecutionWorkerRoundTripTests(ArgusServerFactory server) : IClassFixture<ArgusServerFactory>
{
    [Fact]
    public async Task ExecuteCacaoPlaybook_ManualStepAnsweredThroughTheApi_WorkerCompletesAndRecordsMatchTheSeedSchema()
    {
        var client = ExecutionApiClient.AllRoles(server, PlaybookApiClient.NewOrganization(), ClassificationLevel.Unclassified);
        var playbook = new TestPlaybook();
        await client.ImportAsync(playbook);
        var id = ExecutionApiClient.ExecutionId(await client.ExecutePlaybookAsync(playbook.Id, mode: "EXERCISE")).ToString();
        await using var stream = await ServerSentEventStream.OpenAsync(server, id, client.Token);

        var untilWaiting = await ReadUntilWaitingAsync(stream);
        var pending = await PendingRequestsAsync(client, id);
        var answered = await client.RespondAsync(id, pending[0].GetProperty("requestId").GetString()!, "SUCCESS");
        var untilEnd = await stream.ReadUntilAsync("end");
        var statuses = await client.StatusesAsync(id);

        Assert.Contains(untilWaiting, e => e.Event == "status");
        Assert.Equal("DONE", answered.GetProperty("outcome").GetString());
        Assert.Equal("end", untilEnd[^1].Event);
        Assert.Equal("COMPLETED", untilEnd[^1].Json.GetProperty("state").GetString());
        var record = Assert.Single(statuses.EnumerateArray());
        Assert.Equal(ExecutionApiClient.StepOfType(playbook, "action"), record.GetProperty("workflowStep").GetString());
        Assert.Equal("SUCCESSFULLY_EXECUTED", record.GetProperty("status").GetString());
        Assert.Equal(playbook.Id, record.GetProperty("workflowId").GetString());
        var streamed = untilEnd.Concat(untilWaiting).Where(e => e.Event == "status").Select(e => e.Json.GetProperty("record").GetRawText());
        Assert.Contains(record.GetProperty("json").GetString(), streamed);
        await Argus.Execution.Tests.Status.StatusSchemaOracle.AssertJsonValidAsync(
            "[" + string.Join(",", statuses.EnumerateArray().Select(r => r.GetProperty("json").GetString())) + "]");
    }

    /// <summary>The worker stores the waiting record, then the request: read until the request is there (bounded).</summary>
    private static async Task<JsonElement> PendingRequestsAsync(ExecutionApiClient client, string id)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var pending = (await client.GetAsync(id)).GetProperty("pendingManualRequests");
            if (pending.GetArrayLength() > 0)
            {
                return pending;
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        throw new InvalidOperationException("The manual request never appeared.");
    }

    private static async Task<List<ServerSentEvent>> ReadUntilWaitingAsync(ServerSentEventStream stream)
    {
        var events = new List<ServerSentEvent>();
        while (await stream.ReadEventAsync() is { } next)
        {
            events.Add(next);
            if (next.Event == "end"
                || (next.Event == "status" && next.Json.GetProperty("record").GetProperty("status").GetString() == "await_user_input"))
            {
                break;
            }
        }

        Assert.NotEqual("end", events[^1].Event);
        return events;
    }
}
