using Argus.Cacao.Graph;
using FsCheck;
using FsCheck.Fluent;
using static Argus.Cacao.Tests.Graph.Nodes;

namespace Argus.Cacao.Tests.Graph;

public sealed class WorkflowGraphCycleTests
{
    [Fact]
    public void Cycles_AcyclicWorkflow_IsEmpty()
    {
        var graph = new WorkflowGraph([Step("s", "start", Next("a")), Step("a", "action", Next("e")), End("e")]);

        Assert.Empty(graph.Cycles());
        Assert.All(graph.StronglyConnectedComponents(), c => Assert.Single(c));
    }

    [Fact]
    public void Cycles_WhileBodyLoopingBack_IsAWhileLoop()
    {
        var graph = new WorkflowGraph(
        [
            Step("w", WorkflowStepTypes.While, True("a"), Next("e")),
            Step("a", "action", Next("b")),
            Step("b", "action", Next("w")),
            End("e"),
        ]);

        var cycle = Assert.Single(graph.Cycles());

        Assert.Equal(["w", "a", "b"], cycle.Steps);
        Assert.True(cycle.IsWhileLoop);
    }

    [Fact]
    public void Cycles_LoopThroughWhileOnCompletion_IsNotAWhileLoop()
    {
        var graph = new WorkflowGraph(
        [
            Step("w", WorkflowStepTypes.While, True("body"), Next("a")),
            Step("body", "action", Next("be")),
            End("be"),
            Step("a", "action", Next("w")),
        ]);

        var cycle = Assert.Single(graph.Cycles());

        Assert.Equal(["w", "a"], cycle.Steps);
        Assert.False(cycle.IsWhileLoop);
    }

    [Fact]
    public void Cycles_SelfLoopOnAction_IsNotAWhileLoop()
    {
        var graph = new WorkflowGraph([Step("a", "action", Next("a"))]);

        var cycle = Assert.Single(graph.Cycles());

        Assert.Equal(["a"], cycle.Steps);
        Assert.False(cycle.IsWhileLoop);
    }

    [Fact]
    public void Cycles_WhileLoopWithInnerNonWhileCycle_IsNotAWhileLoop()
    {
        var graph = new WorkflowGraph(
        [
            Step("w", WorkflowStepTypes.While, True("a"), Next("e")),
            Step("a", "action", Success("b"), Failure("w")),
            Step("b", "action", Next("a")),
            End("e"),
        ]);

        Assert.False(Assert.Single(graph.Cycles()).IsWhileLoop);
    }

    [Fact]
    public void StronglyConnectedComponents_TwoSeparateLoops_AreTwoComponents()
    {
        var graph = new WorkflowGraph(
        [
            Step("a", "action", Next("b")),
            Step("b", "action", Next("a"), Failure("c")),
            Step("c", "action", Next("d")),
            Step("d", "action", Next("c")),
        ]);

        var components = graph.StronglyConnectedComponents().Select(c => string.Join(",", c)).Order().ToList();

        Assert.Equal(["a,b", "c,d"], components);
        Assert.Equal(2, graph.Cycles().Length);
    }

    [Fact]
    public void StronglyConnectedComponents_LongChain_DoesNotExhaustTheStack()
    {
        const int length = 50_000;
        var nodes = Enumerable.Range(0, length)
            .Select(i => Step($"a{i}", "action", Next($"a{(i + 1) % length}")));

        var graph = new WorkflowGraph(nodes);

        Assert.Equal(length, Assert.Single(graph.Cycles()).Steps.Length);
    }

    [Theory]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(65)]
    public void Cycles_RingOnEitherSideOfTheStackSpaceLimit_IsOneCycleOfEveryStep(int length)
    {
        // Graphs of up to 64 steps are analysed in stack space, larger ones in rented arrays: both must agree.
        var nodes = Enumerable.Range(0, length)
            .Select(i => Step($"a{i}", "action", Next($"a{(i + 1) % length}")));

        var graph = new WorkflowGraph(nodes);

        Assert.Equal(length, Assert.Single(graph.Cycles()).Steps.Length);
        Assert.Equal(length, graph.Reachable("a1").Length);
        Assert.Empty(graph.Unreachable("a0"));
    }

    [Fact]
    public void StronglyConnectedComponents_AnyGraph_PartitionTheSteps()
    {
        var property = Prop.ForAll(Arb.From(Gen.ListOf(Gen.Choose(0, 7).Two())), pairs =>
        {
            var graph = RandomGraph(pairs);
            var members = graph.StronglyConnectedComponents().SelectMany(c => c).Order().ToList();
            return members.SequenceEqual(graph.Nodes.Select(n => n.Id).Order());
        });

        Check.QuickThrowOnFailure(property);
    }

    [Fact]
    public void StronglyConnectedComponents_AnyGraph_StepsOfAComponentReachEachOther()
    {
        var property = Prop.ForAll(Arb.From(Gen.ListOf(Gen.Choose(0, 7).Two())), pairs =>
        {
            var graph = RandomGraph(pairs);
            return graph.StronglyConnectedComponents().All(component =>
                component.All(a => component.All(b => graph.Reachable(a).Contains(b))));
        });

        Check.QuickThrowOnFailure(property);
    }

    private static WorkflowGraph RandomGraph(IEnumerable<(int From, int To)> pairs)
    {
        var edges = pairs.ToLookup(p => p.From, p => p.To);
        return new WorkflowGraph(Enumerable.Range(0, 8).Select(i =>
            Step($"n{i}", "action", [.. edges[i].Select(t => Next($"n{t}"))])));
    }
}
