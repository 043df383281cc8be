using Argus.Cacao.Model.Workflow;
using Argus.Execution.Capabilities;
using Argus.Execution.Capabilities.Simulation;
using Argus.Execution.Engine;
using Argus.Execution.Status;
using Argus.Execution.Tests.Capabilities;

namespace Argus.Execution.Tests.Engine;

public sealed class ExecutionEngineCapabilityTests
{
    [Fact]
    public async Task Start_CapabilityThrows_StepEndsServerSideErrorNamingTheExceptionAndOnFailureRuns()
    {
        var (action, recover, end) = (TestPlaybook.NewId("action"), TestPlaybook.NewId("action"), TestPlaybook.NewId("end"));
        var playbook = new TestPlaybook()
            .Step(action, new ActionStep { Commands = [TestPlaybook.Command("buggy", "x")], OnSuccess = end, OnFailure = recover })
            .Step(recover, new ActionStep { Commands = [TestPlaybook.Command("bash", "recover")], OnCompletion = end })
            .Step(end, new EndStep())
            .Build(action);
        var registry = CapabilityRegistry.Empty
            .With(new TestCapabilities.Throwing("buggy", new InvalidOperationException("the adapter broke")))
            .WithFallback(new SimulationCapability());

        var run = await EngineRun.RunAsync(playbook, EngineRun.Engine(registry));

        var record = run.Single(action).Record;
        Assert.Equal(ExecutionStatus.ServerSideError, record.Status);
        Assert.Contains("System.InvalidOperationException: the adapter broke", record.StatusText, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", record.StatusText, StringComparison.Ordinal);
        Assert.Single(run.Of(recover));
        Assert.Equal(ExecutionOutcome.Completed, run.Result.Outcome);
    }

    [Fact]
    public async Task Start_CapabilityThrowsItsOwnCancellation_StepEndsServerSideErrorNotCancelled()
    {
        var playbook = TestPlaybook.Linear(TestPlaybook.Command("buggy", "x"));
        var registry = CapabilityRegistry.Empty.With(new TestCapabilities.Throwing("buggy", new TaskCanceledException("HTTP client gave up")));

        var run = await EngineRun.RunAsync(playbook, EngineRun.Engine(registry));

        var step = Assert.Single(run.Invocations, i => i.StepType == "action");
        Assert.Equal(ExecutionStatus.ServerSideError, step.Record.Status);
        Assert.Contains("TaskCanceledException", step.Record.StatusText, StringComparison.Ordinal);
        // on_completion goes on after a failure; the execution itself was neither cancelled nor interrupted.
        Assert.Equal(ExecutionOutcome.Completed, run.Result.Outcome);
    }
}
