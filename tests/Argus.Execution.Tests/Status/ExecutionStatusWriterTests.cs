using System.Collections.Immutable;
using System.Text.Json;
using Argus.Cacao.Model.Workflow;
using Argus.Execution.Capabilities;
using Argus.Execution.Capabilities.Simulation;
using Argus.Execution.Status;

namespace Argus.Execution.Tests.Status;

public sealed class ExecutionStatusWriterTests
{
    private static ExecutionStatusRecord Record(ExecutionStatus status) => new()
    {
        Id = "execution-status--" + Guid.NewGuid().ToString("D"),
        WorkflowId = "playbook--" + Guid.NewGuid().ToString("D"),
        WorkflowStep = "action--" + Guid.NewGuid().ToString("D"),
        StartTime = new DateTimeOffset(2025, 3, 4, 5, 6, 7, 89, TimeSpan.Zero),
        Duration = 12,
        Status = status,
        StatusText = "text",
        ExecutedBy = "soarca--" + Guid.NewGuid().ToString("D"),
        CommandB64 = ["bHM="],
        Notes = "n",
        AutomatedExecution = true,
    };

    [Fact]
    public void ToJson_FullRecord_UsesExactlyTheSeedPropertyNames()
    {
        var record = Record(ExecutionStatus.SuccessfullyExecuted);

        using var document = JsonDocument.Parse(ExecutionStatusWriter.ToJson(record));

        Assert.Equal(
            ["type", "id", "workflow_id", "workflow_step", "start_time", "duration", "status", "status_text", "executed_by", "command_b64", "notes", "automated_execution"],
            document.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("execution-status", document.RootElement.GetProperty("type").GetString());
        Assert.Equal("2025-03-04T05:06:07.089Z", document.RootElement.GetProperty("start_time").GetString());
        Assert.Equal("successfully_executed", document.RootElement.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("successfully_completed", ExecutionStatus.SuccessfullyExecuted)]
    [InlineData("exception_condition_invoked", ExecutionStatus.ExceptionConditionError)]
    [InlineData("exception_condition_error", ExecutionStatus.ExceptionConditionError)]
    [InlineData("await_user_input", ExecutionStatus.AwaitUserInput)]
    public void TryParse_SchemaAndReadmeSpellings_BothAccepted(string name, ExecutionStatus expected)
    {
        Assert.True(ExecutionStatusNames.TryParse(name, out var status));
        Assert.Equal(expected, status);
    }

    [Fact]
    public async Task ToJson_EveryStatus_ValidAgainstCorrectedSeedSchema()
    {
        var records = Enum.GetValues<ExecutionStatus>().Select(Record);

        await StatusSchemaOracle.AssertValidAsync(records);
    }

    [Fact]
    public async Task ToJson_RecordWithPropertyOutsideSeed_RejectedByOracle()
    {
        // Proves the oracle can fail: an extra property must be refused (unevaluatedProperties: false).
        var json = ExecutionStatusWriter.ToJson([Record(ExecutionStatus.Failed)]).Replace("\"notes\"", "\"execution_id\": \"x\", \"notes\"", StringComparison.Ordinal);
        var exception = await Xunit.Record.ExceptionAsync(() => StatusSchemaOracle.AssertJsonValidAsync(json));

        Assert.IsType<Xunit.Sdk.TrueException>(exception);
    }

    [Fact]
    public async Task Start_FailingAndManualSteps_EmittedRecordsValidAgainstCorrectedSeedSchema()
    {
        var (a, b, end) = (TestPlaybook.NewId("action"), TestPlaybook.NewId("action"), TestPlaybook.NewId("end"));
        var playbook = new TestPlaybook()
            .Step(a, new ActionStep { Commands = [TestPlaybook.Command("bash", "x")], OnCompletion = b })
            .Step(b, new ActionStep { Commands = [TestPlaybook.Command("manual", "y")], OnCompletion = end })
            .Step(end, new EndStep())
            .Build(a);
        var simulation = new SimulationCapability(ImmutableDictionary<string, CapabilityResult>.Empty
            .Add(a, CapabilityResult.Failure(ExecutionStatus.ServerSideError, "remote error")));

        var run = await EngineRun.RunAsync(playbook, EngineRun.Engine(CapabilityRegistry.Empty.WithFallback(simulation)));

        Assert.Equal(2, run.Journal.StatusRecords.Length);
        await StatusSchemaOracle.AssertValidAsync(run.Journal.History.Where(i => i.ProducesStatusRecord).Select(i => i.Record));
    }
}
