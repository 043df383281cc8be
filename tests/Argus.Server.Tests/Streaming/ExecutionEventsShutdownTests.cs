using Argus.Server.Authorization;
using Argus.Server.Tests.Support;

namespace Argus.Server.Tests.Streaming;

/// <summary>An open event stream of an execution that never ends is closed by the host when it stops.</summary>
public sealed class ExecutionEventsShutdownTests
{
    [Fact]
    public async Task Events_HostStopsWhileStreamingAnOpenExecution_StreamEndsWithoutEnd()
    {
        var fixture = new WorkerlessServerFixture();
        var client = ExecutionApiClient.AllRoles(fixture.Server, PlaybookApiClient.NewOrganization(), ClassificationLevel.Unclassified);
        var playbook = new TestPlaybook();
        await client.ImportAsync(playbook);
        var id = ExecutionApiClient.ExecutionId(await client.ExecutePlaybookAsync(playbook.Id)).ToString();
        await using var stream = await ServerSentEventStream.OpenAsync(fixture.Server, id, client.Token);
        var first = await stream.ReadEventAsync();

        var stopping = fixture.DisposeAsync().AsTask();
        var rest = new List<ServerSentEvent>();
        try
        {
            while (await stream.ReadEventAsync() is { } next)
            {
                rest.Add(next);
            }
        }
        catch (IOException)
        {
            // The in-memory transport may report the closed response as an aborted read; either way the stream ended.
        }

        await stopping;

        Assert.Equal("execution", first?.Event);
        Assert.DoesNotContain(rest, e => e.Event == "end");
    }
}
