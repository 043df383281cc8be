using System.Collections.Immutable;
using Argus.Cacao.Model.Workflow;
using Argus.Execution.Capabilities;
using Argus.Execution.Capabilities.Simulation;
using Argus.Execution.Engine;
using Argus.Execution.Status;
using Argus.Execution.Tests.Capabilities;

namespace Argus.Execution.Tests.Engine;

public sealed class ExecutionEngineKeyTests
{
    [Fact]
    public async Task Start_SamePlaybookTwice_SameUniqueKeysInTheSameOrder()
    {
        var (playbook, whileId, body) = CountingLoop.Below(2);
        var engine = EngineRun.Engine(CapabilityRegistry.Empty.With(new TestCapabilities.Counter()));

        var first = await EngineRun.RunAsync(playbook, engine);
        var second = await EngineRun.RunAsync(playbook, engine);

        var keys = first.Invocations.Select(i => i.Key).ToArray();
        Assert.Equal(keys, second.Invocations.Select(i => i.Key));
        Assert.Equal(keys.Length, keys.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal([$"{whileId}#1[1]/{body}#1", $"{whileId}#1[2]/{body}#1"], first.Of(body).Select(i => i.Key));
        Assert.NotEqual(first.Single(whileId).Record.Id, second.Single(whileId).Record.Id);
    }

    [Fact]
    public async Task Start_StepReachedAgainFromWorkflowException_GetsADistinctKey()
    {
        var (shared, failing, end) = (TestPlaybook.NewId("action"), TestPlaybook.NewId("action"), TestPlaybook.NewId("end"));
        var playbook = new TestPlaybook()
            .Step(shared, new ActionStep { Commands = [TestPlaybook.Command("bash", "shared")], OnSuccess = failing })
            .Step(failing, new ActionStep { Commands = [TestPlaybook.Command("bash", "fails")], OnSuccess = end })
            .Step(end, new EndStep())
            .Build(shared, workflowException: shared);
        var simulation = new SimulationCapability(ImmutableDictionary<string, CapabilityResult>.Empty
            .Add(failing, CapabilityResult.Failure(ExecutionStatus.Failed, "no")));
        var engine = EngineRun.Engine(CapabilityRegistry.Empty.WithFallback(simulation));

        var run = await EngineRun.RunAsync(playbook, engine);

        Assert.Equal(ExecutionOutcome.Failed, run.Result.Outcome);
        Assert.Equal([$"{shared}#1", $"{shared}#2"], run.Of(shared).Select(i => i.Key));
        Assert.Equal([$"{failing}#1", $"{failing}#2"], run.Of(failing).Select(i => i.Key));
    }

    [Fact]
    public async Task Start_ParallelAndPlaybookAction_KeysNestUnderTheEnclosingInvocation()
    {
        var child = TestPlaybook.Linear(TestPlaybook.Command("bash", "in child"));
        var (parallel, a, b, aEnd, end) = (TestPlaybook.NewId("parallel"), TestPlaybook.NewId("action"),
            TestPlaybook.NewId("playbook-action"), TestPlaybook.NewId("end"), TestPlaybook.NewId("end"));
        var playbook = new TestPlaybook()
            .Step(parallel, new ParallelStep { NextSteps = [a, b], OnCompletion = end })
            .Step(a, new ActionStep { Commands = [TestPlaybook.Command("bash", "a")], OnCompletion = aEnd })
            .Step(b, new PlaybookActionStep { PlaybookId = child.Id, OnCompletion = aEnd })
            .Step(aEnd, new EndStep())
            .Step(end, new EndStep())
            .Build(parallel);

        var run = await EngineRun.RunAsync(playbook, EngineRun.Engine(library: [child]));

        Assert.Equal(ExecutionOutcome.Completed, run.Result.Outcome);
        Assert.Equal($"{parallel}#1[0]/{a}#1", run.Single(a).Key);
        Assert.Equal($"{parallel}#1[1]/{b}#1", run.Single(b).Key);
        var childAction = Assert.Single(run.Invocations, i => i.StepType == "action" && i.Record.WorkflowId == child.Id);
        Assert.StartsWith($"{parallel}#1[1]/{b}#1/", childAction.Key, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ActionWithOutArgs_FinalSnapshotCarriesWrittenOutputsOnly()
    {
        var (action, end) = (TestPlaybook.NewId("action"), TestPlaybook.NewId("end"));
        var playbook = new TestPlaybook().Variable("__x__", TestPlaybook.StringVariable(""))
            .Step(action, new ActionStep { Commands = [TestPlaybook.Command("ret", "go")], OutArgs = ["__x__"], OnCompletion = end })
            .Step(end, new EndStep())
            .Build(action);
        var returning = new TestCapabilities.Returning("ret", TestPlaybook.Values(("__x__", "42"), ("__not_named__", "y")));

        var run = await EngineRun.RunAsync(playbook, EngineRun.Engine(CapabilityRegistry.Empty.With(returning)));

        var snapshots = run.Journal.History.Where(i => i.Record.WorkflowStep == action).ToArray();
        Assert.Equal(2, snapshots.Length);
        Assert.Empty(snapshots[0].Outputs);
        Assert.Equal(snapshots[0].Key, snapshots[1].Key);
        Assert.Equal("42", Assert.Single(snapshots[1].Outputs, o => o.Key == "__x__").Value);
        Assert.DoesNotContain("__not_named__", snapshots[1].Outputs.Keys);
    }
}
