using Argus.Cacao.Model;
using Argus.Cacao.Model.Workflow;
using Argus.Execution.Capabilities;
using Argus.Execution.Capabilities.Manual;
using Argus.Execution.Engine;
using Argus.Execution.Status;
using Argus.Execution.Tests.Capabilities;

using static Argus.Execution.Tests.Engine.ReplaySteps;

namespace Argus.Execution.Tests.Engine;

public sealed class ExecutionEngineReplayTests
{
    private static ExecutionEngine EngineWith(ICapability capability, params ICapability[] more) =>
        EngineRun.Engine(more.Aggregate(CapabilityRegistry.Empty.With(capability), (registry, c) => registry.With(c)));

    private static (Playbook Playbook, string First, string Blocked, string After) Linear()
    {
        var (first, blocked, after, end) = (TestPlaybook.NewId("action"), TestPlaybook.NewId("action"), TestPlaybook.NewId("action"), TestPlaybook.NewId("end"));
        var playbook = new TestPlaybook()
            .Step(first, Run("a1", blocked, "__out_a1__"))
            .Step(blocked, Run("a2", after, "__out_a2__"))
            .Step(after, Run("after __out_a1__:value __out_a2__:value", end))
            .Step(end, new EndStep())
            .Build(first);
        return (playbook, first, blocked, after);
    }

    [Fact]
    public async Task Start_ResumedAfterInterruption_FinishedStepsNotRunAgainAndInterruptedStepRerunUnderItsRecordId()
    {
        var (playbook, first, blocked, _) = Linear();
        var firstAttempt = Blocking("a2");
        var interrupted = await InterruptedRun.InterruptAsync(EngineWith(firstAttempt), playbook,
            (_, _) => firstAttempt.Blocked.Task.WaitAsync(TestContext.Current.CancellationToken));
        var secondAttempt = new TestCapabilities.Counting("run");

        var resumed = await interrupted.ResumeAsync(EngineWith(secondAttempt), playbook);

        Assert.Equal(["a2", "after a1-done a2-done"], secondAttempt.Texts);
        Assert.DoesNotContain(resumed.Journal.History, i => i.Record.Id == interrupted.Single(first).Record.Id);
        var rerun = resumed.Single(blocked);
        Assert.Equal(interrupted.Single(blocked).Record.Id, rerun.Record.Id);
        Assert.Equal(ExecutionStatus.SuccessfullyExecuted, rerun.Record.Status);
        Assert.Equal(Rerun, rerun.Record.Notes);
        Assert.True(resumed.Journal.History.Where(i => i.Record.Id == rerun.Record.Id).All(i => i.Record.Notes == Rerun));
        var uninterrupted = await EngineRun.RunAsync(playbook, EngineWith(new TestCapabilities.Counting("run")));
        interrupted.AssertSameAs(uninterrupted, resumed);
    }

    [Fact]
    public async Task Start_ResumedWithDelayedSteps_NoDelayWaitedForReplayedOrRerunSteps()
    {
        var (playbook, first, blocked, _) = Linear();
        var firstAttempt = Blocking("a2");
        var interrupted = await InterruptedRun.InterruptAsync(EngineWith(firstAttempt), playbook,
            (_, _) => firstAttempt.Blocked.Task.WaitAsync(TestContext.Current.CancellationToken));
        // Timers that never fire: waiting for either delay would never end.
        var workflow = playbook.Workflow ?? throw new InvalidOperationException("The test playbook has a workflow.");
        var delayed = playbook with
        {
            Workflow = workflow
                .SetItem(first, ((ActionStep)workflow[first]) with { Delay = 60_000 })
                .SetItem(blocked, ((ActionStep)workflow[blocked]) with { Delay = 60_000 }),
        };
        var secondAttempt = new TestCapabilities.Counting("run");
        var engine = new ExecutionEngine(CapabilityRegistry.Empty.With(secondAttempt), timeProvider: new FrozenTimers());

        var resumed = await interrupted.ResumeAsync(engine, delayed);

        Assert.Equal(ExecutionOutcome.Completed, resumed.Result.Outcome);
        Assert.Equal(["a2", "after a1-done a2-done"], secondAttempt.Texts);
    }

    [Fact]
    public async Task Start_ResumedTwice_NotesNameEachAttempt()
    {
        var (playbook, _, blocked, _) = Linear();
        var firstAttempt = Blocking("a2");
        var interrupted = await InterruptedRun.InterruptAsync(EngineWith(firstAttempt), playbook,
            (_, _) => firstAttempt.Blocked.Task.WaitAsync(TestContext.Current.CancellationToken));
        var secondAttempt = Blocking("a2");
        var journal = new InMemoryExecutionJournal();
        using var shutdown = new CancellationTokenSource();
        var handle = EngineWith(secondAttempt).Start(playbook, new ExecutionRequest
        {
            Observer = journal, ExecutionId = interrupted.ExecutionId, PriorInvocations = interrupted.Invocations, Attempt = 2,
        }, shutdown.Token);
        await secondAttempt.Blocked.Task.WaitAsync(TestContext.Current.CancellationToken);
        await shutdown.CancelAsync();
        await handle.Completion.WaitAsync(TestContext.Current.CancellationToken);
        var thirdAttempt = new TestCapabilities.Counting("run");

        var thirdJournal = new InMemoryExecutionJournal();
        var third = await EngineWith(thirdAttempt).Start(playbook, new ExecutionRequest
        {
            ExecutionId = interrupted.ExecutionId,
            PriorInvocations = [.. interrupted.Invocations.Where(i => !journal.Invocations.Any(j => j.Record.Id == i.Record.Id)), .. journal.Invocations],
            Attempt = 3,
            Observer = thirdJournal,
        }, TestContext.Current.CancellationToken).Completion.WaitAsync(TestContext.Current.CancellationToken);

        Assert.Equal(ExecutionOutcome.Completed, third.Outcome);
        Assert.Equal(["a2", "after a1-done a2-done"], thirdAttempt.Texts);
        Assert.Equal(Rerun, journal.Invocations.Single(i => i.Record.WorkflowStep == blocked).Record.Notes);
        var final = thirdJournal.Invocations.Single(i => i.Record.WorkflowStep == blocked);
        Assert.Equal(interrupted.Single(blocked).Record.Id, final.Record.Id);
        Assert.Equal(Rerun + " " + Rerun.Replace("attempt 2", "attempt 3", StringComparison.Ordinal), final.Record.Notes);
    }

    [Fact]
    public async Task Start_ResumedWhileManualStepWaited_SameRequestIdAndTheStoredAnswerCompletesIt()
    {
        var (first, manual, after, end) = (TestPlaybook.NewId("action"), TestPlaybook.NewId("action"), TestPlaybook.NewId("action"), TestPlaybook.NewId("end"));
        var playbook = new TestPlaybook()
            .Step(first, Run("a1", manual, "__out_a1__"))
            .Step(manual, new ActionStep { Commands = [TestPlaybook.Command("manual", "Isolate")], OutArgs = ["__verdict__"], OnSuccess = after })
            .Step(after, Run("after __verdict__:value", end))
            .Step(end, new EndStep())
            .Build(first);
        var interrupted = await InterruptedRun.InterruptAsync(EngineWith(new TestCapabilities.Counting("run"), new ManualCapability()), playbook,
            (handle, _) => WaitForManualRequestAsync(handle));
        var prior = interrupted.Single(manual);
        var secondAttempt = new TestCapabilities.Counting("run");
        string? requestId = null;

        var resumed = await interrupted.ResumeAsync(EngineWith(secondAttempt, new ManualCapability()), playbook, async handle =>
        {
            var request = await WaitForManualRequestAsync(handle);
            requestId = request.RequestId;
            handle.AnswerManual(request.RequestId, new ManualAnswer(ManualOutcome.Success, TestPlaybook.Values(("__verdict__", "isolated"))));
        });

        Assert.Equal(ExecutionStatus.AwaitUserInput, prior.Record.Status);
        Assert.Equal(prior.Record.Id, requestId);
        Assert.Equal(["after isolated"], secondAttempt.Texts);
        var rerun = resumed.Single(manual);
        Assert.Equal(prior.Record.Id, rerun.Record.Id);
        Assert.Equal(Rerun, rerun.Record.Notes);
        Assert.Equal("isolated", rerun.Outputs["__verdict__"]);
        Assert.Equal(ExecutionOutcome.Completed, resumed.Result.Outcome);
        Assert.Equal("a1-done", resumed.Result.Variables["__out_a1__"]);
    }

    [Fact]
    public async Task Start_ResumedInsideWhileLoop_EarlierIterationsReplayAndTheLoopFinishesAsUninterrupted()
    {
        var (whileId, count, work, bodyEnd, end) = (TestPlaybook.NewId("while-condition"), TestPlaybook.NewId("action"),
            TestPlaybook.NewId("action"), TestPlaybook.NewId("end"), TestPlaybook.NewId("end"));
        var playbook = new TestPlaybook().Variable("__n__", TestPlaybook.IntegerVariable(0))
            .Step(whileId, new WhileConditionStep { Condition = "__n__:value < 3", OnTrue = count, OnCompletion = end })
            .Step(count, new ActionStep { Commands = [TestPlaybook.Command("count", "n+1")], OutArgs = ["__n__"], OnCompletion = work })
            .Step(work, Run("it__n__:value", bodyEnd))
            .Step(bodyEnd, new EndStep())
            .Step(end, new EndStep())
            .Build(whileId);
        var firstAttempt = Blocking("it2");
        var interrupted = await InterruptedRun.InterruptAsync(EngineWith(firstAttempt, new TestCapabilities.Counter()), playbook,
            (_, _) => firstAttempt.Blocked.Task.WaitAsync(TestContext.Current.CancellationToken));
        var secondAttempt = new TestCapabilities.Counting("run");

        var resumed = await interrupted.ResumeAsync(EngineWith(secondAttempt, new TestCapabilities.Counter()), playbook);

        Assert.Equal(["it2", "it3"], secondAttempt.Texts);
        Assert.Equal(interrupted.Single(whileId).Record.Id, resumed.Single(whileId).Record.Id);
        Assert.Equal(Rerun, resumed.Single(whileId).Record.Notes);
        Assert.Equal([3], resumed.Of(count).Select(i => i.Iteration));
        var uninterrupted = await EngineRun.RunAsync(playbook, EngineWith(new TestCapabilities.Counting("run"), new TestCapabilities.Counter()));
        interrupted.AssertSameAs(uninterrupted, resumed);
        Assert.Equal("3", resumed.Result.Variables["__n__"]);
    }

    internal static async Task<ManualRequest> WaitForManualRequestAsync(ExecutionHandle handle)
    {
        // Bounded: the test's own token ends the wait if the step never asks.
        while (handle.PendingManualRequests.IsEmpty)
        {
            await Task.Delay(5, TestContext.Current.CancellationToken);
        }

        return handle.PendingManualRequests[0];
    }
}
