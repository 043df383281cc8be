using Argus.Cacao.Model.Workflow;
using Argus.Execution.Capabilities;
using Argus.Execution.Engine;
using Argus.Execution.Status;
using Argus.Execution.Tests.Capabilities;

namespace Argus.Execution.Tests.Engine;

public sealed class ExecutionEngineStartStepTests
{
    private static (TestPlaybook Builder, string First, string Second, string End) TwoActions()
    {
        var (first, second, end) = (TestPlaybook.NewId("action"), TestPlaybook.NewId("action"), TestPlaybook.NewId("end"));
        var builder = new TestPlaybook()
            .Variable("__host__", TestPlaybook.StringVariable("default-host"))
            .Variable("__target__", TestPlaybook.StringVariable("default-target", external: true))
            .Step(first, new ActionStep { Commands = [TestPlaybook.Command("run", "first")], OnCompletion = second })
            .Step(second, new ActionStep { Commands = [TestPlaybook.Command("run", "isolate __host__:value __target__:value")], OutArgs = ["__out_isolate__"], OnCompletion = end })
            .Step(end, new EndStep());
        return (builder, first, second, end);
    }

    private static async Task<EngineRun> RunStepAsync(ExecutionEngine engine, Cacao.Model.Playbook playbook, string stepId, ExecutionRequest? request = null)
    {
        var journal = new InMemoryExecutionJournal();
        var handle = engine.StartStep(playbook, stepId, (request ?? new ExecutionRequest()) with { Observer = journal },
            TestContext.Current.CancellationToken);
        var result = await handle.Completion.WaitAsync(TestContext.Current.CancellationToken);
        return new EngineRun(result, journal);
    }

    [Fact]
    public async Task StartStep_ActionStep_RunsOnlyThatStepWithDefaultsAndRequestValues()
    {
        var (builder, first, second, _) = TwoActions();
        var capability = new TestCapabilities.Counting("run");
        var engine = EngineRun.Engine(CapabilityRegistry.Empty.With(capability));

        var run = await RunStepAsync(engine, builder.Build(first), second,
            new ExecutionRequest { Variables = TestPlaybook.Values(("__target__", "10.0.0.7")) });

        Assert.Equal(ExecutionOutcome.Completed, run.Result.Outcome);
        Assert.Equal(["isolate default-host 10.0.0.7"], capability.Texts);
        var invocation = Assert.Single(run.Invocations);
        Assert.Equal(second, invocation.Record.WorkflowStep);
        Assert.Equal(ExecutionStatus.SuccessfullyExecuted, invocation.Record.Status);
        Assert.True(invocation.ProducesStatusRecord);
        Assert.Equal($"{second}#1", invocation.Key);
        Assert.Equal("isolate default-host 10.0.0.7-done", run.Result.Variables["__out_isolate__"]);
    }

    [Fact]
    public async Task StartStep_StepFails_ExecutionFailedWithTheStepsStatus()
    {
        var (builder, first, _, _) = TwoActions();
        var engine = EngineRun.Engine(CapabilityRegistry.Empty.With(new TestCapabilities.Throwing("run", new InvalidOperationException("down"))));

        var run = await RunStepAsync(engine, builder.Build(first), first);

        Assert.Equal(ExecutionOutcome.Failed, run.Result.Outcome);
        Assert.Equal(ExecutionStatus.ServerSideError, run.Single(first).Record.Status);
        Assert.Contains("server_side_error", run.Result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartStep_NotAnActionStep_RefusedAndNothingRuns()
    {
        var (builder, first, _, end) = TwoActions();
        var capability = new TestCapabilities.Counting("run");

        var run = await RunStepAsync(EngineRun.Engine(CapabilityRegistry.Empty.With(capability)), builder.Build(first), end);

        Assert.Equal(ExecutionOutcome.Refused, run.Result.Outcome);
        Assert.Contains("only action steps", run.Result.Reason, StringComparison.Ordinal);
        Assert.Contains(end, run.Result.Reason, StringComparison.Ordinal);
        Assert.Empty(run.Invocations);
        Assert.Equal(0, capability.Calls);
    }

    [Fact]
    public async Task StartStep_UnknownStep_RefusedNamingIt()
    {
        var (builder, first, _, _) = TwoActions();
        var missing = TestPlaybook.NewId("action");

        var run = await RunStepAsync(EngineRun.Engine(), builder.Build(first), missing);

        Assert.Equal(ExecutionOutcome.Refused, run.Result.Outcome);
        Assert.Equal($"The playbook has no step {missing}.", run.Result.Reason);
        Assert.Empty(run.Invocations);
    }

    [Fact]
    public async Task StartStep_RevokedPlaybook_RefusedAsStartIs()
    {
        var (builder, first, _, _) = TwoActions();
        var playbook = builder.Build(first) with { Revoked = true };

        var run = await RunStepAsync(EngineRun.Engine(), playbook, first);

        Assert.Equal(ExecutionOutcome.Refused, run.Result.Outcome);
        Assert.Equal("The playbook is revoked.", run.Result.Reason);
        Assert.Empty(run.Invocations);
    }

    [Fact]
    public async Task StartStep_PlaybookExpired_Refused()
    {
        var (builder, first, _, _) = TwoActions();
        var playbook = builder.Build(first) with { ValidUntil = "2025-06-01T00:00:00.000Z" };
        var engine = new ExecutionEngine(CapabilityRegistry.Empty.With(new TestCapabilities.Counting("run")),
            timeProvider: new FixedClock(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)));

        var run = await RunStepAsync(engine, playbook, first);

        Assert.Equal(ExecutionOutcome.Refused, run.Result.Outcome);
        Assert.Contains("expired", run.Result.Reason, StringComparison.Ordinal);
    }
}
