using Argus.Cacao.Graph;
using static Argus.Cacao.Tests.Graph.Nodes;

namespace Argus.Cacao.Tests.Graph;

public sealed class WorkflowGraphTests
{
    private static WorkflowGraph Linear() => new(
    [
        Step("s", WorkflowStepTypes.Start, Next("a")),
        Step("a", WorkflowStepTypes.Action, Success("b"), Failure("x")),
        Step("b", WorkflowStepTypes.Action, Next("e")),
        End("x"),
        End("e"),
    ]);

    [Fact]
    public void Constructor_DuplicateIds_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => new WorkflowGraph([End("e"), End("e")]));
    }

    [Fact]
    public void StartStepsAndEndSteps_ByType_ListThemInWorkflowOrder()
    {
        var graph = Linear();

        Assert.Equal(["s"], graph.StartSteps);
        Assert.Equal(["x", "e"], graph.EndSteps);
    }

    [Fact]
    public void Successors_ByKind_ReturnOnlyThatOutcome()
    {
        var graph = Linear();

        Assert.Equal(["b", "x"], graph.Successors("a"));
        Assert.Equal(["b"], graph.Successors("a", WorkflowEdgeKind.OnSuccess));
        Assert.Equal(["x"], graph.Successors("a", WorkflowEdgeKind.OnFailure));
        Assert.Empty(graph.Successors("a", WorkflowEdgeKind.OnCompletion));
        Assert.Empty(graph.Successors("unknown"));
    }

    [Theory]
    [InlineData(StepOutcome.Succeeded, "b")]
    [InlineData(StepOutcome.Failed, "x")]
    public void Successors_ByOutcome_FollowTheMatchingPointer(StepOutcome outcome, string expected)
    {
        Assert.Equal([expected], Linear().Successors("a", outcome));
    }

    [Fact]
    public void Successors_ByOutcomeWithOnCompletion_FollowIt()
    {
        var graph = Linear();

        Assert.Equal(["e"], graph.Successors("b", StepOutcome.Failed));
        Assert.Empty(graph.Successors("e", StepOutcome.Succeeded));
    }

    [Fact]
    public void Predecessors_StepWithTwoIncomingPointers_ListsBoth()
    {
        var graph = new WorkflowGraph([Step("a", "action", Next("e")), Step("b", "action", Next("e")), End("e")]);

        Assert.Equal(["a", "b"], graph.Predecessors("e"));
    }

    [Fact]
    public void Reachable_FromStart_FollowsEveryResolvedPointerBreadthFirst()
    {
        var graph = Linear();

        Assert.Equal(["s", "a", "b", "x", "e"], graph.Reachable("s"));
        Assert.Equal(["b", "e"], graph.Reachable("b"));
    }

    [Fact]
    public void Unreachable_OrphanStep_IsListed()
    {
        var graph = new WorkflowGraph([Step("s", "start", Next("e")), End("e"), Step("o", "action", Next("e"))]);

        Assert.Equal(["o"], graph.Unreachable("s"));
        Assert.Empty(graph.Unreachable("s", "o"));
    }

    [Fact]
    public void DanglingEdges_PointerToMissingStep_IsReportedAndNotFollowed()
    {
        var graph = new WorkflowGraph([Step("s", "start", Next("ghost")), End("e")]);

        var dangling = Assert.Single(graph.DanglingEdges());
        Assert.Equal("s", dangling.StepId);
        Assert.Equal("ghost", dangling.Edge.Target);
        Assert.Empty(graph.Successors("s"));
        Assert.Equal(["s"], graph.Reachable("s"));
    }

    [Fact]
    public void Branches_ParallelStep_GivesEachBranchItsStepsAndEnds()
    {
        var graph = new WorkflowGraph(
        [
            Step("p", WorkflowStepTypes.Parallel, WorkflowEdge.NextStep(0, "a"), WorkflowEdge.NextStep(1, "b"), Next("e")),
            Step("a", "action", Next("ea")),
            Step("b", "action", Next("eb")),
            End("ea"),
            End("eb"),
            End("e"),
        ]);

        var branches = graph.Branches("p");

        Assert.Equal(2, branches.Length);
        Assert.Equal(["a", "ea"], branches[0].Steps);
        Assert.Equal(["ea"], branches[0].EndSteps);
        Assert.Equal(1, branches[1].Entry.Index);
        Assert.Equal(["eb"], branches[1].EndSteps);
        Assert.Equal(["e"], graph.Continuation("p"));
    }

    [Fact]
    public void Branches_NestedIf_OuterBranchHoldsInnerBranchesAndContinuation()
    {
        var graph = new WorkflowGraph(
        [
            Step("outer", WorkflowStepTypes.If, True("inner"), Next("e")),
            Step("inner", WorkflowStepTypes.If, True("a"), False("b"), Next("ie")),
            Step("a", "action", Next("ae")),
            Step("b", "action", Next("be")),
            End("ae"),
            End("be"),
            End("ie"),
            End("e"),
        ]);

        var outer = Assert.Single(graph.Branches("outer"));
        var inner = graph.Branches("inner");

        Assert.Equal(["inner", "a", "b", "ie", "ae", "be"], outer.Steps);
        Assert.Equal(["ie", "ae", "be"], outer.EndSteps);
        Assert.Equal([WorkflowEdgeKind.OnTrue, WorkflowEdgeKind.OnFalse], inner.Select(b => b.Entry.Kind));
    }

    [Fact]
    public void Branches_WhileBodyPointingBack_StopsAtOwnerAndReturnsToIt()
    {
        var graph = new WorkflowGraph(
        [
            Step("w", WorkflowStepTypes.While, True("a"), Next("e")),
            Step("a", "action", Next("w")),
            End("e"),
        ]);

        var branch = Assert.Single(graph.Branches("w"));

        Assert.Equal(["a"], branch.Steps);
        Assert.True(branch.ReturnsToOwner);
        Assert.Empty(branch.EndSteps);
    }

    [Fact]
    public void Branches_SwitchCases_CarryTheirKeys()
    {
        var graph = new WorkflowGraph(
        [
            Step("sw", WorkflowStepTypes.Switch, WorkflowEdge.Case("1", "a"), WorkflowEdge.Case("default", "b"), Next("e")),
            Step("a", "action", Next("e")),
            Step("b", "action", Next("e")),
            End("e"),
        ]);

        Assert.Equal(["1", "default"], graph.Branches("sw").Select(b => b.Entry.CaseKey));
        Assert.Empty(graph.Branches("a"));
    }
}
