using System.Collections.Immutable;
using Argus.Cacao.Model;
using Argus.Cacao.Model.Workflow;
using Argus.Execution.Capabilities;
using Argus.Execution.Capabilities.Simulation;
using Argus.Execution.Engine;
using Argus.Execution.Status;
using Argus.Execution.Tests.Capabilities;

using static Argus.Execution.Tests.Engine.ReplaySteps;

namespace Argus.Execution.Tests.Engine;

/// <summary>Resuming through parallel branches, playbook-action children, if/switch and workflow_exception.</summary>
public sealed class ExecutionEngineReplayFlowTests
{
    private static ExecutionEngine EngineWith(ICapability capability, IEnumerable<Playbook>? library = null, ICapability? fallback = null) =>
        EngineRun.Engine(CapabilityRegistry.Empty.With(capability).WithFallback(fallback), library);

    [Fact]
    public async Task Start_ResumedInsideParallel_FinishedBranchReplaysAndJoinedValuesReachTheNextStep()
    {
        var (parallel, a1, a2, b1, aEnd, bEnd, after, end) = (TestPlaybook.NewId("parallel"), TestPlaybook.NewId("action"), TestPlaybook.NewId("action"),
            TestPlaybook.NewId("action"), TestPlaybook.NewId("end"), TestPlaybook.NewId("end"), TestPlaybook.NewId("action"), TestPlaybook.NewId("end"));
        var playbook = new TestPlaybook()
            .Step(parallel, new ParallelStep { NextSteps = [a1, b1], OnCompletion = after })
            .Step(a1, Run("a1", a2, "__out_a1__"))
            .Step(a2, Run("a2", aEnd, "__out_a2__"))
            .Step(b1, Run("b1", bEnd, "__out_b1__"))
            .Step(aEnd, new EndStep())
            .Step(bEnd, new EndStep())
            .Step(after, Run("after __out_a1__:value __out_a2__:value __out_b1__:value", end))
            .Step(end, new EndStep())
            .Build(parallel);
        var firstAttempt = Blocking("b1");
        var interrupted = await InterruptedRun.InterruptAsync(EngineWith(firstAttempt), playbook, async (_, journal) =>
        {
            await firstAttempt.Blocked.Task.WaitAsync(TestContext.Current.CancellationToken);
            await InterruptedRun.WaitUntilAsync(journal, invocations => InterruptedRun.Finished(invocations, a2));
        });
        var secondAttempt = new TestCapabilities.Counting("run");

        var resumed = await interrupted.ResumeAsync(EngineWith(secondAttempt), playbook);

        Assert.Equal(["after a1-done a2-done b1-done", "b1"], secondAttempt.Texts.Order(StringComparer.Ordinal));
        Assert.Equal(interrupted.Single(b1).Record.Id, resumed.Single(b1).Record.Id);
        Assert.Equal(interrupted.Single(parallel).Record.Id, resumed.Single(parallel).Record.Id);
        Assert.Equal(Rerun, resumed.Single(parallel).Record.Notes);
        Assert.Empty(resumed.Of(a1));
        var uninterrupted = await EngineRun.RunAsync(playbook, EngineWith(new TestCapabilities.Counting("run")));
        interrupted.AssertSameAs(uninterrupted, resumed);
    }

    [Fact]
    public async Task Start_ResumedInsideChildPlaybook_ChildReplaysAndOutArgsReturn()
    {
        var (c1, c2, childEnd) = (TestPlaybook.NewId("action"), TestPlaybook.NewId("action"), TestPlaybook.NewId("end"));
        var child = new TestPlaybook()
            .Step(c1, Run("c1", c2, "__out_c1__"))
            .Step(c2, Run("c2 __out_c1__:value", childEnd, "__out_c2__"))
            .Step(childEnd, new EndStep())
            .Build(c1);
        var (p1, call, after, end) = (TestPlaybook.NewId("action"), TestPlaybook.NewId("playbook-action"), TestPlaybook.NewId("action"), TestPlaybook.NewId("end"));
        var playbook = new TestPlaybook()
            .Step(p1, Run("p1", call, "__out_p1__"))
            .Step(call, new PlaybookActionStep { PlaybookId = child.Id, OutArgs = ["__out_c2__"], OnCompletion = after })
            .Step(after, Run("after __out_p1__:value __out_c2__:value", end))
            .Step(end, new EndStep())
            .Build(p1);
        var firstAttempt = Blocking("c2 c1-done");
        var interrupted = await InterruptedRun.InterruptAsync(EngineWith(firstAttempt, [child]), playbook,
            (_, _) => firstAttempt.Blocked.Task.WaitAsync(TestContext.Current.CancellationToken));
        var secondAttempt = new TestCapabilities.Counting("run");

        var resumed = await interrupted.ResumeAsync(EngineWith(secondAttempt, [child]), playbook);

        Assert.Equal(["c2 c1-done", "after p1-done c2 c1-done-done"], secondAttempt.Texts);
        var rerunCall = resumed.Single(call);
        Assert.Equal(interrupted.Single(call).Record.Id, rerunCall.Record.Id);
        Assert.Equal(Rerun, rerunCall.Record.Notes);
        Assert.Equal("c2 c1-done-done", rerunCall.Outputs["__out_c2__"]);
        Assert.Equal(interrupted.Single(c2).Record.Id, resumed.Single(c2).Record.Id);
        var uninterrupted = await EngineRun.RunAsync(playbook, EngineWith(new TestCapabilities.Counting("run"), [child]));
        interrupted.AssertSameAs(uninterrupted, resumed);
    }

    [Fact]
    public async Task Start_ResumedAfterChildPlaybookFinished_ChildIsNotRunAgainAndItsOutArgsReturn()
    {
        var (c1, childEnd) = (TestPlaybook.NewId("action"), TestPlaybook.NewId("end"));
        var child = new TestPlaybook().Step(c1, Run("c1", childEnd, "__out_c1__")).Step(childEnd, new EndStep()).Build(c1);
        var (call, blocked, end) = (TestPlaybook.NewId("playbook-action"), TestPlaybook.NewId("action"), TestPlaybook.NewId("end"));
        var playbook = new TestPlaybook()
            .Step(call, new PlaybookActionStep { PlaybookId = child.Id, OutArgs = ["__out_c1__"], OnCompletion = blocked })
            .Step(blocked, Run("wait __out_c1__:value", end))
            .Step(end, new EndStep())
            .Build(call);
        var firstAttempt = Blocking("wait c1-done");
        var interrupted = await InterruptedRun.InterruptAsync(EngineWith(firstAttempt, [child]), playbook,
            (_, _) => firstAttempt.Blocked.Task.WaitAsync(TestContext.Current.CancellationToken));
        var secondAttempt = new TestCapabilities.Counting("run");

        // No library: the finished call replays from its record and never resolves the child again.
        var resumed = await interrupted.ResumeAsync(EngineWith(secondAttempt), playbook);

        Assert.Equal(["wait c1-done"], secondAttempt.Texts);
        Assert.Equal(ExecutionOutcome.Completed, resumed.Result.Outcome);
        Assert.Equal("c1-done", resumed.Result.Variables["__out_c1__"]);
        Assert.Empty(resumed.Of(call));
    }

    [Theory]
    [InlineData("red")]
    [InlineData("blue")]
    public async Task Start_ResumedInsideIfWithinSwitch_ConditionsReevaluateAndTheSameBranchFinishes(string colour)
    {
        var (switchId, ifId, t1, t2, f1, caseEnd, ifEnd, after, end) = (TestPlaybook.NewId("switch-condition"), TestPlaybook.NewId("if-condition"),
            TestPlaybook.NewId("action"), TestPlaybook.NewId("action"), TestPlaybook.NewId("action"), TestPlaybook.NewId("end"),
            TestPlaybook.NewId("end"), TestPlaybook.NewId("action"), TestPlaybook.NewId("end"));
        var playbook = new TestPlaybook().Variable("__colour__", TestPlaybook.StringVariable(colour))
            .Step(switchId, new SwitchConditionStep
            {
                Switch = "__colour__:value",
                Cases = new OrderedMap<string>([KeyValuePair.Create("red", ifId), KeyValuePair.Create("default", f1)]),
                OnCompletion = after,
            })
            .Step(ifId, new IfConditionStep { Condition = "__colour__:value = 'red'", OnTrue = t1, OnFalse = f1, OnCompletion = caseEnd })
            .Step(t1, Run("t1", t2, "__out_t1__"))
            .Step(t2, Run("t2", ifEnd, "__out_t2__"))
            .Step(f1, Run("f1", caseEnd, "__out_f1__"))
            .Step(ifEnd, new EndStep())
            .Step(caseEnd, new EndStep())
            .Step(after, Run("after __out_t1__:value __out_t2__:value __out_f1__:value", end))
            .Step(end, new EndStep())
            .Build(switchId);
        var blockOn = colour == "red" ? "t2" : "after __out_t1__:value __out_t2__:value f1-done";
        var firstAttempt = Blocking(blockOn);
        var interrupted = await InterruptedRun.InterruptAsync(EngineWith(firstAttempt), playbook,
            (_, _) => firstAttempt.Blocked.Task.WaitAsync(TestContext.Current.CancellationToken));
        var secondAttempt = new TestCapabilities.Counting("run");

        var resumed = await interrupted.ResumeAsync(EngineWith(secondAttempt), playbook);

        Assert.Equal(colour == "red" ? ["t2", "after t1-done t2-done __out_f1__:value"] : [blockOn], secondAttempt.Texts);
        var uninterrupted = await EngineRun.RunAsync(playbook, EngineWith(new TestCapabilities.Counting("run")));
        interrupted.AssertSameAs(uninterrupted, resumed);
    }

    [Fact]
    public async Task Start_ResumedInsideWorkflowException_FailedStepIsNotRunAgainAndTheHandlerFinishes()
    {
        var (a1, failing, e1, e2, end) = (TestPlaybook.NewId("action"), TestPlaybook.NewId("action"), TestPlaybook.NewId("action"),
            TestPlaybook.NewId("action"), TestPlaybook.NewId("end"));
        var playbook = new TestPlaybook()
            .Step(a1, Run("a1", failing, "__out_a1__"))
            .Step(failing, new ActionStep { Commands = [TestPlaybook.Command("fail", "boom")], OnSuccess = end })
            .Step(e1, Run("e1 __out_a1__:value", e2, "__out_e1__"))
            .Step(e2, Run("e2", end))
            .Step(end, new EndStep())
            .Build(a1, workflowException: e1);
        ICapability Failing() => new SimulationCapability(resultsByCommandType:
            ImmutableDictionary<string, CapabilityResult>.Empty.Add("fail", CapabilityResult.Failure(ExecutionStatus.Failed, "no")));
        var firstAttempt = Blocking("e2");
        var interrupted = await InterruptedRun.InterruptAsync(EngineWith(firstAttempt, fallback: Failing()), playbook,
            (_, _) => firstAttempt.Blocked.Task.WaitAsync(TestContext.Current.CancellationToken));
        var secondAttempt = new TestCapabilities.Counting("run");
        var failingAgain = (SimulationCapability)Failing();

        var resumed = await interrupted.ResumeAsync(EngineWith(secondAttempt, fallback: failingAgain), playbook);

        Assert.Equal(["e2"], secondAttempt.Texts);
        Assert.Empty(failingAgain.Invocations);
        Assert.Equal(ExecutionOutcome.Failed, resumed.Result.Outcome);
        Assert.Equal("e1 a1-done-done", resumed.Result.Variables["__out_e1__"]);
        var uninterrupted = await EngineRun.RunAsync(playbook, EngineWith(new TestCapabilities.Counting("run"), fallback: Failing()));
        interrupted.AssertSameAs(uninterrupted, resumed);
    }

    [Fact]
    public async Task Start_PriorLacksARecordInsideAFinishedIf_TheStepRunsAndTheIfReportsItsNewEnd()
    {
        var (ifId, t1, branchEnd, end) = (TestPlaybook.NewId("if-condition"), TestPlaybook.NewId("action"), TestPlaybook.NewId("end"), TestPlaybook.NewId("end"));
        var playbook = new TestPlaybook().Variable("__flag__", TestPlaybook.StringVariable("yes"))
            .Step(ifId, new IfConditionStep { Condition = "__flag__:value = 'yes'", OnTrue = t1, OnSuccess = end })
            .Step(t1, Run("t1", branchEnd) with { OnCompletion = null, OnSuccess = branchEnd })
            .Step(branchEnd, new EndStep())
            .Step(end, new EndStep())
            .Build(ifId);
        var complete = await EngineRun.RunAsync(playbook, EngineWith(new TestCapabilities.Counting("run")));
        var journal = new InMemoryExecutionJournal();

        var result = await EngineWith(new TestCapabilities.Throwing("run", new InvalidOperationException("down"))).Start(playbook, new ExecutionRequest
        {
            Observer = journal,
            ExecutionId = complete.Result.ExecutionId,
            PriorInvocations = [.. complete.Invocations.Where(i => i.Record.WorkflowStep != t1)],
            Attempt = 2,
        }, TestContext.Current.CancellationToken).Completion.WaitAsync(TestContext.Current.CancellationToken);

        Assert.Equal(ExecutionOutcome.Failed, result.Outcome);
        var rerunT1 = Assert.Single(journal.Invocations, i => i.Record.WorkflowStep == t1);
        Assert.NotEqual(complete.Single(t1).Record.Id, rerunT1.Record.Id);
        var ifRecord = Assert.Single(journal.Invocations, i => i.Record.WorkflowStep == ifId);
        Assert.Equal(complete.Single(ifId).Record.Id, ifRecord.Record.Id);
        Assert.Equal(ExecutionStatus.Failed, ifRecord.Record.Status);
    }
}
