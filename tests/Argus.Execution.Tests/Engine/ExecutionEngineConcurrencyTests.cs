using System.Collections.Immutable;
using Argus.Cacao.Model.Workflow;
using Argus.Execution.Capabilities;
using Argus.Execution.Capabilities.Manual;
using Argus.Execution.Capabilities.Simulation;
using Argus.Execution.Engine;
using Argus.Execution.Status;
using Argus.Execution.Tests.Capabilities;

namespace Argus.Execution.Tests.Engine;

public sealed class ExecutionEngineConcurrencyTests
{
    private static (TestPlaybook Builder, string Parallel, string A, string B, string End) TwoBranches(
        string typeA, string typeB, ImmutableArray<string>? outArgs = null)
    {
        var (parallel, a, b, aEnd, bEnd, end) = (TestPlaybook.NewId("parallel"), TestPlaybook.NewId("action"), TestPlaybook.NewId("action"),
            TestPlaybook.NewId("end"), TestPlaybook.NewId("end"), TestPlaybook.NewId("end"));
        var builder = new TestPlaybook()
            .Step(parallel, new ParallelStep { NextSteps = [a, b], OnSuccess = end })
            .Step(a, new ActionStep { Commands = [TestPlaybook.Command(typeA, "a")], OutArgs = outArgs, Timeout = 30_000, OnSuccess = aEnd })
            .Step(b, new ActionStep { Commands = [TestPlaybook.Command(typeB, "b")], OutArgs = outArgs, Timeout = 30_000, OnSuccess = bEnd })
            .Step(aEnd, new EndStep())
            .Step(bEnd, new EndStep())
            .Step(end, new EndStep());
        return (builder, parallel, a, b, end);
    }

    [Fact]
    public async Task Start_ParallelBranchesThatWaitForEachOther_BothFinishSoTheyRanConcurrently()
    {
        var (signalA, signalB) = (new TaskCompletionSource(), new TaskCompletionSource());
        var registry = CapabilityRegistry.Empty
            .With(new TestCapabilities.Rendezvous("a", signalA, signalB))
            .With(new TestCapabilities.Rendezvous("b", signalB, signalA));
        var (builder, parallel, a, b, _) = TwoBranches("a", "b");

        var run = await EngineRun.RunAsync(builder.Build(parallel), EngineRun.Engine(registry));

        Assert.Equal(ExecutionOutcome.Completed, run.Result.Outcome);
        Assert.Equal(ExecutionStatus.SuccessfullyExecuted, run.Single(a).Record.Status);
        Assert.Equal(ExecutionStatus.SuccessfullyExecuted, run.Single(b).Record.Status);
        Assert.NotEqual(run.Single(a).BranchPath, run.Single(b).BranchPath);
    }

    [Fact]
    public async Task Start_ParallelBranchesWriteSameVariable_LaterBranchWinsAtJoin()
    {
        var registry = CapabilityRegistry.Empty
            .With(new TestCapabilities.Returning("a", TestPlaybook.Values(("__x__", "from-a"), ("__only_a__", "a"))))
            .With(new TestCapabilities.Returning("b", TestPlaybook.Values(("__x__", "from-b"))));
        var (builder, parallel, _, _, _) = TwoBranches("a", "b", ["__x__", "__only_a__"]);
        builder.Variable("__x__", TestPlaybook.StringVariable("initial")).Variable("__only_a__", TestPlaybook.StringVariable(""));

        var run = await EngineRun.RunAsync(builder.Build(parallel), EngineRun.Engine(registry));

        Assert.Equal("from-b", run.Result.Variables["__x__"]);
        Assert.Equal("a", run.Result.Variables["__only_a__"]);
    }

    [Fact]
    public async Task Start_ParallelBranchFails_ParallelStepFails()
    {
        var failing = new SimulationCapability(resultsByCommandType:
            ImmutableDictionary<string, CapabilityResult>.Empty.Add("b", CapabilityResult.Failure(ExecutionStatus.ServerSideError, "down")));
        var (builder, parallel, a, _, end) = TwoBranches("a", "b");

        var run = await EngineRun.RunAsync(builder.Build(parallel), EngineRun.Engine(CapabilityRegistry.Empty.WithFallback(failing)));

        Assert.Equal(ExecutionStatus.Failed, run.Single(parallel).Record.Status);
        Assert.Equal(ExecutionStatus.SuccessfullyExecuted, run.Single(a).Record.Status);
        Assert.Empty(run.Of(end));
        Assert.Equal(ExecutionOutcome.Failed, run.Result.Outcome);
    }

    [Fact]
    public async Task Start_StepTimesOut_TimeoutErrorAndOnFailureFollowed()
    {
        var (action, recover, end) = (TestPlaybook.NewId("action"), TestPlaybook.NewId("action"), TestPlaybook.NewId("end"));
        var playbook = new TestPlaybook()
            .Step(action, new ActionStep { Commands = [TestPlaybook.Command("hang", "wait")], Timeout = 1, OnSuccess = end, OnFailure = recover })
            .Step(recover, new ActionStep { Commands = [TestPlaybook.Command("bash", "recover")], OnCompletion = end })
            .Step(end, new EndStep())
            .Build(action);
        var engine = EngineRun.Engine(CapabilityRegistry.Empty.With(new TestCapabilities.Hanging("hang")).WithFallback(new SimulationCapability()));

        var run = await EngineRun.RunAsync(playbook, engine);

        Assert.Equal(ExecutionStatus.TimeoutError, run.Single(action).Record.Status);
        Assert.Contains("ACTION_TIMEOUT", run.Single(action).Record.StatusText, StringComparison.Ordinal);
        Assert.Single(run.Of(recover));
    }

    [Fact]
    public async Task Start_StepWithoutTimeout_DefaultMaximumApplies()
    {
        var playbook = TestPlaybook.Linear(TestPlaybook.Command("hang", "wait"));
        var engine = EngineRun.Engine(CapabilityRegistry.Empty.With(new TestCapabilities.Hanging("hang")),
            options: new ExecutionOptions { DefaultStepTimeout = TimeSpan.FromMilliseconds(1) });

        var run = await EngineRun.RunAsync(playbook, engine);

        Assert.Equal(ExecutionStatus.TimeoutError, Assert.Single(run.Invocations, i => i.StepType == "action").Record.Status);
    }

    [Fact]
    public async Task Start_StepWithDelay_RunsAfterTheDelay()
    {
        var (action, end) = (TestPlaybook.NewId("action"), TestPlaybook.NewId("end"));
        var playbook = new TestPlaybook()
            .Step(action, new ActionStep { Commands = [TestPlaybook.Command("bash", "x")], Delay = 1, OnCompletion = end })
            .Step(end, new EndStep())
            .Build(action);

        var run = await EngineRun.RunAsync(playbook);

        Assert.Equal(ExecutionStatus.SuccessfullyExecuted, run.Single(action).Record.Status);
    }

    [Fact]
    public async Task AnswerManual_OperatorAnswers_StepAwaitsThenSucceedsWithValues()
    {
        var (action, end) = (TestPlaybook.NewId("action"), TestPlaybook.NewId("end"));
        var playbook = new TestPlaybook().Variable("__verdict__", TestPlaybook.StringVariable(""))
            .Step(action, new ActionStep { Commands = [TestPlaybook.Command("manual", "Isolate the host")], OutArgs = ["__verdict__"], OnSuccess = end })
            .Step(end, new EndStep())
            .Build(action);
        var engine = EngineRun.Engine(CapabilityRegistry.Empty.With(new ManualCapability()));
        var journal = new InMemoryExecutionJournal();

        var handle = engine.Start(playbook, new ExecutionRequest { Observer = journal }, TestContext.Current.CancellationToken);
        var request = await WaitForManualRequestAsync(handle);
        var answered = handle.AnswerManual(request.RequestId,
            new ManualAnswer(ManualOutcome.Success, TestPlaybook.Values(("__verdict__", "isolated"))));
        var result = await handle.Completion.WaitAsync(TestContext.Current.CancellationToken);

        Assert.True(answered);
        Assert.Equal("Isolate the host", request.CommandText);
        Assert.Equal(ExecutionOutcome.Completed, result.Outcome);
        Assert.Equal("isolated", result.Variables["__verdict__"]);
        var states = journal.History.Where(i => i.Record.WorkflowStep == action).Select(i => i.Record.Status);
        Assert.Equal([ExecutionStatus.Ongoing, ExecutionStatus.AwaitUserInput, ExecutionStatus.SuccessfullyExecuted], states);
        Assert.False(journal.Invocations.Single(i => i.Record.WorkflowStep == action).Record.AutomatedExecution);
    }

    [Fact]
    public async Task Start_ManualNeverAnswered_TimeoutError()
    {
        var (action, end) = (TestPlaybook.NewId("action"), TestPlaybook.NewId("end"));
        var playbook = new TestPlaybook()
            .Step(action, new ActionStep { Commands = [TestPlaybook.Command("manual", "Call the CISO")], Timeout = 1, OnSuccess = end })
            .Step(end, new EndStep())
            .Build(action);

        var run = await EngineRun.RunAsync(playbook, EngineRun.Engine(CapabilityRegistry.Empty.With(new ManualCapability())));

        Assert.Equal(ExecutionStatus.TimeoutError, run.Single(action).Record.Status);
        Assert.Equal(ExecutionOutcome.Failed, run.Result.Outcome);
    }

    [Fact]
    public async Task Cancel_WhileManualStepWaits_ExecutionCancelledAndStepFailed()
    {
        var playbook = TestPlaybook.Linear(TestPlaybook.Command("manual", "wait"));
        var engine = EngineRun.Engine(CapabilityRegistry.Empty.With(new ManualCapability()));
        var journal = new InMemoryExecutionJournal();

        var handle = engine.Start(playbook, new ExecutionRequest { Observer = journal }, TestContext.Current.CancellationToken);
        await WaitForManualRequestAsync(handle);
        handle.Cancel();
        var result = await handle.Completion.WaitAsync(TestContext.Current.CancellationToken);

        Assert.Equal(ExecutionOutcome.Cancelled, result.Outcome);
        var step = journal.Invocations.Single(i => i.StepType == "action");
        Assert.Equal(ExecutionStatus.Failed, step.Record.Status);
        Assert.Equal("The execution was cancelled.", step.Record.StatusText);
    }

    [Fact]
    public async Task Start_HostShutsDownDuringStep_InterruptedAndStepLeftOngoing()
    {
        var playbook = TestPlaybook.Linear(TestPlaybook.Command("manual", "wait"));
        var engine = EngineRun.Engine(CapabilityRegistry.Empty.With(new ManualCapability()));
        var journal = new InMemoryExecutionJournal();
        using var shutdown = new CancellationTokenSource();

        var handle = engine.Start(playbook, new ExecutionRequest { Observer = journal }, shutdown.Token);
        await WaitForManualRequestAsync(handle);
        await shutdown.CancelAsync();
        var result = await handle.Completion.WaitAsync(TestContext.Current.CancellationToken);

        Assert.Equal(ExecutionOutcome.Interrupted, result.Outcome);
        var step = journal.Invocations.Single(i => i.StepType == "action");
        Assert.False(ExecutionStatusNames.IsFinal(step.Record.Status));
    }

    private static async Task<ManualRequest> WaitForManualRequestAsync(ExecutionHandle handle)
    {
        // Bounded: the test's own token ends the wait if the step never asks.
        while (handle.PendingManualRequests.IsEmpty)
        {
            await Task.Delay(5, TestContext.Current.CancellationToken);
        }

        return handle.PendingManualRequests[0];
    }
}
