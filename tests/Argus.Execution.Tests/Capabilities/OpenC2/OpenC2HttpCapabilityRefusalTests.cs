using System.Text;
using Argus.Cacao.Model.Commands;
using Argus.Execution.Capabilities.OpenC2;
using Argus.Execution.Engine;
using Argus.Execution.Status;

namespace Argus.Execution.Tests.Capabilities.OpenC2;

/// <summary>What the openc2-http capability refuses to send: every case ends before any request reaches the actuator.</summary>
public sealed class OpenC2HttpCapabilityRefusalTests
{
    [Fact]
    public async Task ExecuteAsync_TargetUrlNotConfigured_ClientSideErrorAndNoRequest()
    {
        await using var bed = await OpenC2TestBed.StartAsync();
        var (playbook, step) = OpenC2Steps.Single(OpenC2Steps.Command(OpenC2Steps.DenyIp("198.51.100.20")),
            OpenC2Steps.HttpApiTarget("https://127.0.0.1:1/.well-known/openc2", name: "somewhere else"));

        var run = await bed.RunAsync(playbook);

        var record = run.Single(step).Record;
        Assert.Equal(ExecutionStatus.ClientSideError, record.Status);
        Assert.Contains($"is not a configured OpenC2 actuator of organisation {bed.Organisation}", record.StatusText, StringComparison.Ordinal);
        Assert.Empty(bed.Simulator.Received);
    }

    [Fact]
    public async Task ExecuteAsync_ActuatorOfAnotherOrganisation_ClientSideErrorAndNoRequest()
    {
        await using var bed = await OpenC2TestBed.StartAsync();
        var (playbook, step) = OpenC2Steps.Single(OpenC2Steps.Command(OpenC2Steps.DenyIp("198.51.100.21")), OpenC2Steps.HttpApiTarget(bed.Url));

        var run = await bed.RunAsync(playbook, organisation: $"org-{Guid.NewGuid():N}");

        Assert.Equal(ExecutionStatus.ClientSideError, run.Single(step).Record.Status);
        Assert.Empty(bed.Simulator.Received);
    }

    [Fact]
    public async Task ExecuteAsync_ExerciseRunAndProductionActuator_RefusedAndNoRequest()
    {
        await using var bed = await OpenC2TestBed.StartAsync(environment: ActuatorEnvironment.Production);
        var (playbook, step) = OpenC2Steps.Single(OpenC2Steps.Command(OpenC2Steps.DenyIp("198.51.100.22")), OpenC2Steps.HttpApiTarget(bed.Url));

        var run = await bed.RunAsync(playbook, ExecutionMode.Exercise);

        var record = run.Single(step).Record;
        Assert.Equal(ExecutionStatus.ClientSideError, record.Status);
        Assert.Contains("EXERCISE", record.StatusText, StringComparison.Ordinal);
        Assert.Contains("PRODUCTION", record.StatusText, StringComparison.Ordinal);
        Assert.Empty(bed.Simulator.Received);
    }

    [Fact]
    public async Task ExecuteAsync_LiveRunAndProductionActuator_IsSent()
    {
        await using var bed = await OpenC2TestBed.StartAsync(environment: ActuatorEnvironment.Production);
        var (playbook, step) = OpenC2Steps.Single(OpenC2Steps.Command(OpenC2Steps.DenyIp("198.51.100.23")), OpenC2Steps.HttpApiTarget(bed.Url));

        var run = await bed.RunAsync(playbook, ExecutionMode.Live);

        Assert.Equal(ExecutionStatus.SuccessfullyExecuted, run.Single(step).Record.Status);
    }

    public static TheoryData<string, string> InvalidContent() => new()
    {
        { "%%% not base64 %%%", "not base64" },
        { Convert.ToBase64String(Encoding.UTF8.GetBytes("deny 198.51.100.24 please")), "not JSON" },
        { Convert.ToBase64String(Encoding.UTF8.GetBytes("""{"action":"explode","target":{"ipv4_net":"198.51.100.24"}}""")), "/action" },
        { Convert.ToBase64String(Encoding.UTF8.GetBytes("""{"action":"deny","target":{"ipv4_net":"198.51.100.300"}}""")), "/target" },
        { Convert.ToBase64String(Encoding.UTF8.GetBytes("""{"headers":{},"body":{"openc2":{"response":{"status":200}}}}""")), "body.openc2.request" },
    };

    [Theory]
    [MemberData(nameof(InvalidContent))]
    public async Task ExecuteAsync_InvalidContent_ClientSideErrorNamingTheProblemAndNothingSent(string contentB64, string named)
    {
        await using var bed = await OpenC2TestBed.StartAsync();
        var command = new CommandData { Type = "openc2-http", Command = OpenC2Steps.StartLine, ContentBase64 = contentB64 };
        var (playbook, step) = OpenC2Steps.Single(command, OpenC2Steps.HttpApiTarget(bed.Url));

        var run = await bed.RunAsync(playbook);

        var record = run.Single(step).Record;
        Assert.Equal(ExecutionStatus.ClientSideError, record.Status);
        Assert.Contains(named, record.StatusText, StringComparison.Ordinal);
        Assert.Empty(bed.Simulator.Received);
    }

    [Fact]
    public async Task ExecuteAsync_StartLineIsNotPost_ClientSideErrorAndNothingSent()
    {
        await using var bed = await OpenC2TestBed.StartAsync();
        var command = OpenC2Steps.Command(OpenC2Steps.DenyIp("198.51.100.25")) with { Command = "GET /.well-known/openc2 HTTP/1.1" };
        var (playbook, step) = OpenC2Steps.Single(command, OpenC2Steps.HttpApiTarget(bed.Url));

        var run = await bed.RunAsync(playbook);

        Assert.Equal(ExecutionStatus.ClientSideError, run.Single(step).Record.Status);
        Assert.Empty(bed.Simulator.Received);
    }

    [Fact]
    public async Task ExecuteAsync_CommandForAProfileTheActuatorLacks_ClientSideErrorAndNothingSent()
    {
        await using var bed = await OpenC2TestBed.StartAsync();
        var json = """{"action":"deny","target":{"ipv4_net":"198.51.100.26"},"actuator":{"x-acme":{}}}""";
        var (playbook, step) = OpenC2Steps.Single(OpenC2Steps.Command(json), OpenC2Steps.HttpApiTarget(bed.Url));

        var run = await bed.RunAsync(playbook);

        var record = run.Single(step).Record;
        Assert.Equal(ExecutionStatus.ClientSideError, record.Status);
        Assert.Contains("'x-acme'", record.StatusText, StringComparison.Ordinal);
        Assert.Empty(bed.Simulator.Received);
    }
}
