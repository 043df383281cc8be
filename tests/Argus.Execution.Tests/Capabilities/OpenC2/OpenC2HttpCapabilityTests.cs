using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using Argus.Cacao.Model.Commands;
using Argus.Execution.Capabilities.OpenC2;
using Argus.Execution.Engine;
using Argus.Execution.Status;
using Argus.OpenC2.Language;

namespace Argus.Execution.Tests.Capabilities.OpenC2;

/// <summary>openc2-http steps run by the engine against the sandbox SLPF actuator over real HTTPS.</summary>
public sealed class OpenC2HttpCapabilityTests
{
    [Fact]
    public async Task ExecuteAsync_DenyIpThenIsolateHost_RulesStoredRecordsShowSentCommandsAndOutArgsReachLaterStep()
    {
        await using var bed = await OpenC2TestBed.StartAsync();
        var targetId = TestPlaybook.NewId("http-api");
        ImmutableArray<string> outArgs = [OpenC2Outputs.Status, OpenC2Outputs.Results];
        var (playbook, steps) = OpenC2Steps.Linear(targetId, OpenC2Steps.HttpApiTarget(bed.Url),
            (OpenC2Steps.Command(OpenC2Steps.DenyIp("198.51.100.7")), outArgs),
            (TestPlaybook.Command("bash", "echo deny=__openc2_status__:value __openc2_results__:value"), null),
            (OpenC2Steps.Command(OpenC2Steps.IsolateHost("__host__:value")), null));
        playbook = playbook with
        {
            PlaybookVariables = new Argus.Cacao.Model.OrderedMap<Argus.Cacao.Model.Variable>([
                KeyValuePair.Create("__host__", TestPlaybook.StringVariable("192.0.2.33")),
                KeyValuePair.Create(OpenC2Outputs.Status, TestPlaybook.StringVariable("")),
                KeyValuePair.Create(OpenC2Outputs.Results, TestPlaybook.StringVariable("")),
            ]),
        };

        var run = await bed.RunAsync(playbook);

        Assert.Equal(ExecutionOutcome.Completed, run.Result.Outcome);
        var rules = bed.Simulator.Rules.Snapshot();
        Assert.Equal(2, rules.Count);
        Assert.Equal(OpenC2Action.Deny, rules[0].Action);
        Assert.Equal("198.51.100.7", Assert.IsType<OpenC2Target.Ipv4Net>(rules[0].Target).Value);
        Assert.Equal("192.0.2.33", Assert.IsType<OpenC2Target.Ipv4Connection>(rules[1].Target).Value.SrcAddr);
        var deny = run.Single(steps[0]).Record;
        var isolate = run.Single(steps[2]).Record;
        Assert.Equal(ExecutionStatus.SuccessfullyExecuted, deny.Status);
        Assert.Equal(ExecutionStatus.SuccessfullyExecuted, isolate.Status);
        Assert.True(JsonElement.DeepEquals(bed.ReceivedCommand(0), Recorded(deny)));
        Assert.True(JsonElement.DeepEquals(bed.ReceivedCommand(1), Recorded(isolate)));
        Assert.Contains("192.0.2.33", Recorded(isolate).GetRawText(), StringComparison.Ordinal);
        Assert.Equal("echo deny=200 {\"slpf\":{\"rule_number\":1}}", Assert.Single(bed.Simulation.Invocations).CommandText);
    }

    [Fact]
    public async Task ExecuteAsync_OpenC2Spelling_IsServedLikeOpenC2Http()
    {
        await using var bed = await OpenC2TestBed.StartAsync();
        var (playbook, step) = OpenC2Steps.Single(
            OpenC2Steps.Command(OpenC2Steps.DenyIp("203.0.113.5"), type: "openc2"), OpenC2Steps.HttpApiTarget(bed.Url));

        var run = await bed.RunAsync(playbook);

        Assert.Equal(ExecutionStatus.SuccessfullyExecuted, run.Single(step).Record.Status);
        Assert.Equal(1, bed.Simulator.Rules.Count);
        Assert.Empty(bed.Simulation.Invocations);
    }

    [Fact]
    public async Task ExecuteAsync_EnvelopeContent_SendsTheRequestInsideTheEnvelope()
    {
        await using var bed = await OpenC2TestBed.StartAsync();
        var envelope = """{"headers":{"request_id":"d1ac0489-ed51-4345-9175-f3078f30afe5","created":1545257700000,"from":"producer.example","to":["consumer.example"]},"body":{"openc2":{"request":"""
            + OpenC2Steps.DenyIp("198.51.100.9") + "}}}";
        var (playbook, step) = OpenC2Steps.Single(OpenC2Steps.Command(envelope), OpenC2Steps.HttpApiTarget(bed.Url));

        var run = await bed.RunAsync(playbook);

        var record = run.Single(step).Record;
        Assert.Equal(ExecutionStatus.SuccessfullyExecuted, record.Status);
        using var expected = JsonDocument.Parse(OpenC2Steps.DenyIp("198.51.100.9"));
        Assert.True(JsonElement.DeepEquals(expected.RootElement, bed.ReceivedCommand(0)));
        Assert.True(JsonElement.DeepEquals(expected.RootElement, Recorded(record)));
        Assert.NotEqual("d1ac0489-ed51-4345-9175-f3078f30afe5", bed.Simulator.Received[0].XRequestId);
    }

    [Fact]
    public async Task ExecuteAsync_PlainContentInsteadOfBase64_IsSent()
    {
        await using var bed = await OpenC2TestBed.StartAsync();
        var command = new CommandData { Type = "openc2-http", Command = OpenC2Steps.StartLine, Content = OpenC2Steps.DenyIp("198.51.100.10") };
        var (playbook, step) = OpenC2Steps.Single(command, OpenC2Steps.HttpApiTarget(bed.Url));

        var run = await bed.RunAsync(playbook);

        Assert.Equal(ExecutionStatus.SuccessfullyExecuted, run.Single(step).Record.Status);
        Assert.Equal(1, bed.Simulator.Rules.Count);
    }

    [Fact]
    public async Task ExecuteAsync_TargetNamedLikeTheActuator_ResolvesByName()
    {
        await using var bed = await OpenC2TestBed.StartAsync();
        var target = new Argus.Cacao.Model.AgentTargets.AgentTarget { Type = "http-api", Name = bed.Actuator.Name };
        var (playbook, step) = OpenC2Steps.Single(OpenC2Steps.Command(OpenC2Steps.DenyIp("198.51.100.11")), target);

        var run = await bed.RunAsync(playbook);

        Assert.Equal(ExecutionStatus.SuccessfullyExecuted, run.Single(step).Record.Status);
        Assert.Single(bed.Simulator.Received);
    }

    [Fact]
    public async Task ExecuteAsync_ExerciseRunAndSandboxActuator_IsSent()
    {
        await using var bed = await OpenC2TestBed.StartAsync(environment: ActuatorEnvironment.Sandbox);
        var (playbook, step) = OpenC2Steps.Single(OpenC2Steps.Command(OpenC2Steps.DenyIp("198.51.100.12")), OpenC2Steps.HttpApiTarget(bed.Url));

        var run = await bed.RunAsync(playbook, ExecutionMode.Exercise);

        Assert.Equal(ExecutionStatus.SuccessfullyExecuted, run.Single(step).Record.Status);
        Assert.Equal(1, bed.Simulator.Rules.Count);
    }

    [Fact]
    public async Task ExecuteAsync_BearerTokenOfTheEndpoint_IsSentButNeverInRecords()
    {
        const string token = "tok-7f3a9c2e51b84d0c";
        await using var bed = await OpenC2TestBed.StartAsync(
            new Argus.ActuatorSim.SimulatorOptions { RequiredAuthorization = "Bearer " + token },
            endpoint: e => e with { Authentication = new Argus.OpenC2.Transfer.OpenC2Authentication.Bearer(token) });
        var (playbook, step) = OpenC2Steps.Single(OpenC2Steps.Command(OpenC2Steps.DenyIp("198.51.100.13")), OpenC2Steps.HttpApiTarget(bed.Url));

        var run = await bed.RunAsync(playbook);

        Assert.Equal(ExecutionStatus.SuccessfullyExecuted, run.Single(step).Record.Status);
        Assert.Equal("Bearer " + token, bed.Simulator.Received[0].Authorization);
        Assert.DoesNotContain(token, ExecutionStatusWriter.ToJson(run.Journal.StatusRecords), StringComparison.Ordinal);
        Assert.DoesNotContain(token, Decoded(run.Journal.StatusRecords), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteAsync_AuthenticationSecretInTheCommand_RedactedInTheRecord()
    {
        const string password = "Pa+ss&1";
        await using var bed = await OpenC2TestBed.StartAsync();
        var json = """{"action":"deny","target":{"uri":"https://admin:__password__:value@198.51.100.14/"}}""";
        var (playbook, step) = OpenC2Steps.Single(OpenC2Steps.Command(json), OpenC2Steps.HttpApiTarget(bed.Url));
        playbook = playbook with
        {
            AuthenticationInfoDefinitions = new Argus.Cacao.Model.OrderedMap<Argus.Cacao.Model.Authentication.AuthenticationInfo>([
                KeyValuePair.Create(TestPlaybook.NewId("http-basic"), new Argus.Cacao.Model.Authentication.AuthenticationInfo
                {
                    Type = "http-basic", UserId = "admin", Password = "__password__:value",
                }),
            ]),
            PlaybookVariables = new Argus.Cacao.Model.OrderedMap<Argus.Cacao.Model.Variable>([
                KeyValuePair.Create("__password__", TestPlaybook.StringVariable(password)),
            ]),
        };

        var run = await bed.RunAsync(playbook);

        var recorded = Decoded([run.Single(step).Record]);
        Assert.Contains("admin:[redacted]@198.51.100.14", recorded, StringComparison.Ordinal);
        Assert.DoesNotContain("Pa+ss", recorded, StringComparison.Ordinal);
        Assert.DoesNotContain("Pa\\u002B", recorded, StringComparison.Ordinal);
    }

    internal static JsonElement Recorded(ExecutionStatusRecord record)
    {
        using var document = JsonDocument.Parse(Convert.FromBase64String(Assert.Single(record.CommandB64)));
        return document.RootElement.Clone();
    }

    internal static string Decoded(IEnumerable<ExecutionStatusRecord> records) => string.Join("\n",
        records.SelectMany(r => r.CommandB64).Select(b => Encoding.UTF8.GetString(Convert.FromBase64String(b))));
}
