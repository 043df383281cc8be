using Argus.Cacao.Model.Workflow;
using Argus.Execution.Capabilities;
using Argus.Execution.Capabilities.Simulation;
using Argus.Execution.Engine;
using Argus.Execution.Status;

namespace Argus.Execution.Tests.Engine;

public sealed class ExecutionEngineLinearTests
{
    [Fact]
    public async Task Start_StartActionEnd_CompletesWithOneRecordPerStep()
    {
        var playbook = TestPlaybook.Linear(TestPlaybook.Command("bash", "ls /tmp"));

        var run = await EngineRun.RunAsync(playbook);

        Assert.Equal(ExecutionOutcome.Completed, run.Result.Outcome);
        Assert.Equal(["start", "action", "end"], run.Invocations.Select(i => i.StepType));
        Assert.All(run.Invocations, i => Assert.Equal(ExecutionStatus.SuccessfullyExecuted, i.Record.Status));
        Assert.All(run.Invocations, i => Assert.Equal(playbook.Id, i.Record.WorkflowId));
    }

    [Fact]
    public async Task Start_ActionStep_RecordGoesOngoingThenFinal()
    {
        var playbook = TestPlaybook.Linear(TestPlaybook.Command("bash", "id"));

        var run = await EngineRun.RunAsync(playbook);

        var actionId = run.Invocations[1].Record.Id;
        var snapshots = run.Journal.History.Where(i => i.Record.Id == actionId).Select(i => i.Record.Status).ToArray();
        Assert.Equal([ExecutionStatus.Ongoing, ExecutionStatus.SuccessfullyExecuted], snapshots);
        Assert.StartsWith("execution-status--", actionId, StringComparison.Ordinal);
        Assert.True(Guid.TryParse(actionId["execution-status--".Length..], out _));
    }

    [Fact]
    public async Task Start_CommandsInOrder_ExecutedInListedOrderAndEncoded()
    {
        var simulation = new SimulationCapability();
        var engine = EngineRun.Engine(CapabilityRegistry.Empty.WithFallback(simulation));
        var builder = new TestPlaybook();
        var action = TestPlaybook.NewId("action");
        var end = TestPlaybook.NewId("end");
        builder.Step(action, new ActionStep
        {
            Commands = [TestPlaybook.Command("bash", "first"), TestPlaybook.Command("bash", "second")],
            OnCompletion = end,
        }).Step(end, new EndStep());

        var run = await EngineRun.RunAsync(builder.Build(action), engine);

        Assert.Equal(["first", "second"], simulation.Invocations.Select(i => i.CommandText));
        Assert.Equal(["Zmlyc3Q=", "c2Vjb25k"], run.Single(action).Record.CommandB64);
    }

    [Fact]
    public async Task Start_MissingCapability_StepEndsClientSideErrorAndPlaybookFails()
    {
        var builder = new TestPlaybook();
        var action = TestPlaybook.NewId("action");
        var end = TestPlaybook.NewId("end");
        builder.Step(action, new ActionStep { Commands = [TestPlaybook.Command("ssh", "reboot")], OnSuccess = end })
            .Step(end, new EndStep());
        var playbook = builder.Build(action);
        var engine = EngineRun.Engine(CapabilityRegistry.Empty);

        var run = await EngineRun.RunAsync(playbook, engine);

        var invocation = run.Single(action);
        Assert.Equal(ExecutionStatus.ClientSideError, invocation.Record.Status);
        Assert.Contains("'ssh'", invocation.Record.StatusText, StringComparison.Ordinal);
        Assert.Equal(ExecutionOutcome.Failed, run.Result.Outcome);
    }

    [Fact]
    public void Preflight_TwoStepsWithoutCapability_ReportsBoth()
    {
        var playbook = TestPlaybook.Linear(
            TestPlaybook.Command("ssh", "a"), TestPlaybook.Command("manual", "b"), TestPlaybook.Command("http-api", "c"));
        var engine = EngineRun.Engine(CapabilityRegistry.Empty.With(new Argus.Execution.Capabilities.Manual.ManualCapability()));

        var issues = engine.Preflight(playbook);

        Assert.Equal(["ssh", "http-api"], issues.Select(i => i.CommandType));
    }

    [Fact]
    public async Task Start_RevokedPlaybook_Refused()
    {
        var playbook = TestPlaybook.Linear(TestPlaybook.Command("bash", "x")) with { Revoked = true };

        var run = await EngineRun.RunAsync(playbook);

        Assert.Equal(ExecutionOutcome.Refused, run.Result.Outcome);
        Assert.Empty(run.Invocations);
    }

    [Fact]
    public async Task Start_PlaybookExpired_Refused()
    {
        var playbook = TestPlaybook.Linear(TestPlaybook.Command("bash", "x")) with { ValidUntil = "2001-01-01T00:00:00.000Z" };

        var run = await EngineRun.RunAsync(playbook);

        Assert.Equal(ExecutionOutcome.Refused, run.Result.Outcome);
        Assert.Contains("expired", run.Result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_PlaybookNotYetValid_Refused()
    {
        var playbook = TestPlaybook.Linear(TestPlaybook.Command("bash", "x")) with { ValidFrom = "2999-01-01T00:00:00.000Z" };

        var run = await EngineRun.RunAsync(playbook);

        Assert.Equal(ExecutionOutcome.Refused, run.Result.Outcome);
    }
}
