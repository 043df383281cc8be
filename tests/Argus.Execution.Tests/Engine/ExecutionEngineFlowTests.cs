using System.Collections.Immutable;
using Argus.Cacao.Model;
using Argus.Cacao.Model.Workflow;
using Argus.Execution.Capabilities;
using Argus.Execution.Capabilities.Simulation;
using Argus.Execution.Engine;
using Argus.Execution.Status;
using Argus.Execution.Tests.Capabilities;

namespace Argus.Execution.Tests.Engine;

public sealed class ExecutionEngineFlowTests
{
    private static readonly CapabilityResult Failed = CapabilityResult.Failure(ExecutionStatus.Failed, "simulated failure");

    private static ExecutionEngine FailingAt(string stepId, ExecutionOptions? options = null) => EngineRun.Engine(
        CapabilityRegistry.Empty.WithFallback(new SimulationCapability(ImmutableDictionary<string, CapabilityResult>.Empty.Add(stepId, Failed))),
        options: options);

    private static ActionStep Action(string text) => new() { Commands = [TestPlaybook.Command("bash", text)] };

    [Theory]
    [InlineData("yes", "on_true")]
    [InlineData("no", "on_false")]
    public async Task Start_IfCondition_RunsTheMatchingBranchThenOnCompletion(string flag, string expectedBranch)
    {
        var (onTrue, onFalse, branchEnd, after, end, ifId) =
            (TestPlaybook.NewId("action"), TestPlaybook.NewId("action"), TestPlaybook.NewId("end"), TestPlaybook.NewId("action"), TestPlaybook.NewId("end"), TestPlaybook.NewId("if-condition"));
        var playbook = new TestPlaybook().Variable("__flag__", TestPlaybook.StringVariable(flag))
            .Step(ifId, new IfConditionStep { Condition = "__flag__:value = 'yes'", OnTrue = onTrue, OnFalse = onFalse, OnCompletion = after })
            .Step(onTrue, Action("t") with { OnCompletion = branchEnd })
            .Step(onFalse, Action("f") with { OnCompletion = branchEnd })
            .Step(branchEnd, new EndStep())
            .Step(after, Action("after") with { OnCompletion = end })
            .Step(end, new EndStep())
            .Build(ifId);

        var run = await EngineRun.RunAsync(playbook);

        Assert.Equal(ExecutionOutcome.Completed, run.Result.Outcome);
        Assert.Single(run.Of(expectedBranch == "on_true" ? onTrue : onFalse));
        Assert.Empty(run.Of(expectedBranch == "on_true" ? onFalse : onTrue));
        Assert.Single(run.Of(after));
        Assert.Equal("/" + ifId, run.Single(expectedBranch == "on_true" ? onTrue : onFalse).BranchPath);
    }

    [Fact]
    public async Task Start_IfFalseWithoutOnFalse_GoesStraightToOnCompletion()
    {
        var (onTrue, branchEnd, end, ifId) = (TestPlaybook.NewId("action"), TestPlaybook.NewId("end"), TestPlaybook.NewId("end"), TestPlaybook.NewId("if-condition"));
        var playbook = new TestPlaybook().Variable("__flag__", TestPlaybook.StringVariable("no"))
            .Step(ifId, new IfConditionStep { Condition = "__flag__:value = 'yes'", OnTrue = onTrue, OnCompletion = end })
            .Step(onTrue, Action("t") with { OnCompletion = branchEnd })
            .Step(branchEnd, new EndStep())
            .Step(end, new EndStep())
            .Build(ifId);

        var run = await EngineRun.RunAsync(playbook);

        Assert.Equal(ExecutionOutcome.Completed, run.Result.Outcome);
        Assert.Empty(run.Of(onTrue));
    }

    [Fact]
    public async Task Start_WhileCounter_RunsUntilConditionFalseWithOneRecordPerIteration()
    {
        var (playbook, whileId, body) = CountingLoop.Below(3);
        var engine = EngineRun.Engine(CapabilityRegistry.Empty.With(new TestCapabilities.Counter()));

        var run = await EngineRun.RunAsync(playbook, engine);

        Assert.Equal(ExecutionOutcome.Completed, run.Result.Outcome);
        Assert.Equal([1, 2, 3], run.Of(body).Select(i => i.Iteration));
        Assert.Equal(3, run.Of(body).Select(i => i.Record.Id).Distinct().Count());
        Assert.Equal("3", run.Result.Variables["__n__"]);
    }

    [Fact]
    public async Task Start_WhileAlwaysTrue_EndsAtCapWithExceptionConditionError()
    {
        var (whileId, body, bodyEnd, end) = (TestPlaybook.NewId("while-condition"), TestPlaybook.NewId("action"), TestPlaybook.NewId("end"), TestPlaybook.NewId("end"));
        var playbook = new TestPlaybook().Variable("__go__", TestPlaybook.StringVariable("yes"))
            .Step(whileId, new WhileConditionStep { Condition = "__go__:value = 'yes'", OnTrue = body, OnSuccess = end })
            .Step(body, Action("spin") with { OnCompletion = bodyEnd })
            .Step(bodyEnd, new EndStep())
            .Step(end, new EndStep())
            .Build(whileId);
        var engine = EngineRun.Engine(options: new ExecutionOptions { MaxWhileIterations = 4 });

        var run = await EngineRun.RunAsync(playbook, engine);

        Assert.Equal(ExecutionStatus.ExceptionConditionError, run.Single(whileId).Record.Status);
        Assert.Equal(4, run.Of(body).Count());
        Assert.Equal(ExecutionOutcome.Failed, run.Result.Outcome);
    }

    [Theory]
    [InlineData("red", 0)]
    [InlineData("blue", 1)]
    [InlineData("green", 2)]
    public async Task Start_Switch_RunsMatchingCaseElseDefault(string colour, int expected)
    {
        var (switchId, red, other, caseEnd, end) = (TestPlaybook.NewId("switch-condition"), TestPlaybook.NewId("action"), TestPlaybook.NewId("action"), TestPlaybook.NewId("end"), TestPlaybook.NewId("end"));
        var withDefault = expected != 2;
        var cases = withDefault
            ? new OrderedMap<string>([KeyValuePair.Create("red", red), KeyValuePair.Create("default", other)])
            : new OrderedMap<string>([KeyValuePair.Create("red", red)]);
        var playbook = new TestPlaybook().Variable("__colour__", TestPlaybook.StringVariable(colour))
            .Step(switchId, new SwitchConditionStep { Switch = "__colour__:value", Cases = cases, OnCompletion = end })
            .Step(red, Action("red") with { OnCompletion = caseEnd })
            .Step(other, Action("other") with { OnCompletion = caseEnd })
            .Step(caseEnd, new EndStep())
            .Step(end, new EndStep())
            .Build(switchId);

        var run = await EngineRun.RunAsync(playbook);

        Assert.Equal(ExecutionOutcome.Completed, run.Result.Outcome);
        Assert.Equal(expected == 0 ? 1 : 0, run.Of(red).Count());
        Assert.Equal(expected == 1 ? 1 : 0, run.Of(other).Count());
    }

    [Fact]
    public async Task Start_FailureWithOnFailure_FollowsOnFailure()
    {
        var (action, recover, end) = (TestPlaybook.NewId("action"), TestPlaybook.NewId("action"), TestPlaybook.NewId("end"));
        var playbook = new TestPlaybook()
            .Step(action, Action("x") with { OnSuccess = end, OnFailure = recover })
            .Step(recover, Action("recover") with { OnCompletion = end })
            .Step(end, new EndStep())
            .Build(action);

        var run = await EngineRun.RunAsync(playbook, FailingAt(action));

        Assert.Equal(ExecutionStatus.Failed, run.Single(action).Record.Status);
        Assert.Single(run.Of(recover));
        Assert.Equal(ExecutionOutcome.Completed, run.Result.Outcome);
    }

    [Fact]
    public async Task Start_FailureWithOnlyOnCompletion_GoesOnRegardless()
    {
        var (action, next, end) = (TestPlaybook.NewId("action"), TestPlaybook.NewId("action"), TestPlaybook.NewId("end"));
        var playbook = new TestPlaybook()
            .Step(action, Action("x") with { OnCompletion = next })
            .Step(next, Action("next") with { OnCompletion = end })
            .Step(end, new EndStep())
            .Build(action);

        var run = await EngineRun.RunAsync(playbook, FailingAt(action));

        Assert.Single(run.Of(next));
        Assert.Equal(ExecutionOutcome.Completed, run.Result.Outcome);
    }

    [Fact]
    public async Task Start_FailureWithOnSuccessOnly_RunsWorkflowExceptionAndFails()
    {
        var (action, next, end, handler, handlerEnd) = (TestPlaybook.NewId("action"), TestPlaybook.NewId("action"), TestPlaybook.NewId("end"), TestPlaybook.NewId("action"), TestPlaybook.NewId("end"));
        var playbook = new TestPlaybook()
            .Step(action, Action("x") with { OnSuccess = next, OnCompletion = next })
            .Step(next, Action("next") with { OnCompletion = end })
            .Step(end, new EndStep())
            .Step(handler, Action("handle") with { OnCompletion = handlerEnd })
            .Step(handlerEnd, new EndStep())
            .Build(action, workflowException: handler);

        var run = await EngineRun.RunAsync(playbook, FailingAt(action));

        Assert.Empty(run.Of(next));
        Assert.Single(run.Of(handler));
        Assert.Equal(ExecutionOutcome.Failed, run.Result.Outcome);
        Assert.Contains("workflow_exception ran", run.Result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_FailureInIfBranch_FailsTheIfStepWhichRoutesOnFailure()
    {
        var (ifId, inner, innerEnd, recover, end) = (TestPlaybook.NewId("if-condition"), TestPlaybook.NewId("action"), TestPlaybook.NewId("end"), TestPlaybook.NewId("action"), TestPlaybook.NewId("end"));
        var playbook = new TestPlaybook().Variable("__flag__", TestPlaybook.StringVariable("yes"))
            .Step(ifId, new IfConditionStep { Condition = "__flag__:value = 'yes'", OnTrue = inner, OnSuccess = end, OnFailure = recover })
            .Step(inner, Action("inner") with { OnSuccess = innerEnd })
            .Step(innerEnd, new EndStep())
            .Step(recover, Action("recover") with { OnCompletion = end })
            .Step(end, new EndStep())
            .Build(ifId);

        var run = await EngineRun.RunAsync(playbook, FailingAt(inner));

        Assert.Equal(ExecutionStatus.Failed, run.Single(ifId).Record.Status);
        Assert.Single(run.Of(recover));
    }
}
