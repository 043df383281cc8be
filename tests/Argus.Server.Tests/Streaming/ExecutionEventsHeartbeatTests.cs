using Argus.Server.Authorization;
using Argus.Server.Tests.Support;

namespace Argus.Server.Tests.Streaming;

/// <summary>An idle stream (an execution nobody runs) sends heartbeat comments, which event parsers skip.</summary>
public sealed class ExecutionEventsHeartbeatTests
{
    [Fact]
    public async Task Events_IdleOpenExecution_SendsHeartbeatComments()
    {
        await using var server = new ArgusServerFactory
        {
            Overrides = new Dictionary<string, string?>
            {
                [WorkerlessServerFixture.WorkerSwitch] = "false",
                ["Argus:ExecutionEvents:HeartbeatInterval"] = "00:00:00.020",
                ["Argus:ExecutionEvents:PollInterval"] = "00:00:00.010",
            },
        };
        var client = ExecutionApiClient.AllRoles(server, PlaybookApiClient.NewOrganization(), ClassificationLevel.Unclassified);
        var playbook = new TestPlaybook();
        await client.ImportAsync(playbook);
        var id = ExecutionApiClient.ExecutionId(await client.ExecutePlaybookAsync(playbook.Id)).ToString();
        await using var stream = await ServerSentEventStream.OpenAsync(server, id, client.Token);

        var lines = new List<string>();
        while (await stream.ReadLineAsync() is { } line)
        {
            lines.Add(line);
            if (line.StartsWith(':'))
            {
                break;
            }
        }

        Assert.Equal("event: execution", lines[0]);
        Assert.Equal(": heartbeat", lines[^1]);
    }
}
