using Argus.Cacao.Graph;
using FsCheck;
using FsCheck.Fluent;
using static Argus.Cacao.Tests.Graph.Nodes;

namespace Argus.Cacao.Tests.Graph;

/// <summary>
/// The graph's walks and cycle analysis run on step numbers; these check them against <see cref="NaiveWorkflowGraph"/>
/// on random workflows (dangling pointers, self loops, every step and pointer kind) and on very large ones.
/// </summary>
public sealed class WorkflowGraphWalkTests
{
    private const int StepCount = 7;

    // While steps thrice, so that loops that are and are not while loops both come up often.
    private static readonly string[] Types =
    [
        WorkflowStepTypes.Start, WorkflowStepTypes.End, WorkflowStepTypes.Action, WorkflowStepTypes.While,
        WorkflowStepTypes.If, WorkflowStepTypes.Parallel, WorkflowStepTypes.Switch, WorkflowStepTypes.While,
        WorkflowStepTypes.While,
    ];

    // Each number picks a step, a pointer kind and a target; target StepCount names no step (a dangling pointer).
    // Up to two pointers per step on average: sparse enough for several separate cycles and acyclic parts.
    private static readonly Arbitrary<(int[] Types, int[] Edges)> Workflows = Arb.From(
        from types in Gen.ArrayOf(Gen.Choose(0, Types.Length - 1), StepCount)
        from count in Gen.Choose(0, 2 * StepCount)
        from edges in Gen.ArrayOf(Gen.Choose(0, (StepCount * 7 * (StepCount + 1)) - 1), count)
        select (types, edges));

    private static readonly Config Thorough = Config.QuickThrowOnFailure.WithMaxTest(500);

    [Fact]
    public void ReachableAndUnreachable_AnyWorkflow_AgreeWithTheirDefinitions()
    {
        Check.One(Thorough, Prop.ForAll(Workflows, workflow =>
        {
            var (graph, naive) = Build(workflow);
            return graph.Nodes.All(n => graph.Reachable(n.Id).SequenceEqual(naive.Walk([n.Id], exclude: null)))
                && graph.Unreachable("s0", "s3").SequenceEqual(naive.Unreachable("s0", "s3"))
                && graph.Unreachable("ghost").SequenceEqual(naive.Unreachable("ghost"));
        }));
    }

    [Fact]
    public void BranchesAndContinuation_AnyWorkflow_AgreeWithTheirDefinitions()
    {
        Check.One(Thorough, Prop.ForAll(Workflows, workflow =>
        {
            var (graph, naive) = Build(workflow);
            return graph.Nodes.All(n =>
                graph.Continuation(n.Id).SequenceEqual(naive.Continuation(n.Id))
                && graph.Branches(n.Id).Select(b => (b.Entry, string.Join(",", b.Steps), string.Join(",", b.EndSteps), b.ReturnsToOwner))
                    .SequenceEqual(naive.Branches(n.Id).Select(b => (b.Entry, string.Join(",", b.Steps), string.Join(",", b.Ends), b.Returns)))
                && graph.Branches(n.Id).All(b => b.OwnerId == n.Id));
        }));
    }

    [Fact]
    public void CyclesAndComponents_AnyWorkflow_AgreeWithTheirDefinitions()
    {
        Check.One(Thorough, Prop.ForAll(Workflows, workflow =>
        {
            var (graph, naive) = Build(workflow);
            var cycles = graph.Cycles().Select(c => (string.Join(",", c.Steps), c.IsWhileLoop));
            var expected = naive.Cycles().Select(c => (string.Join(",", c.Steps), c.IsWhileLoop));
            var components = graph.StronglyConnectedComponents();
            return cycles.SequenceEqual(expected)
                && components.Sum(c => c.Length) == StepCount
                && components.Where(c => c.Length > 1).Select(c => string.Join(",", c)).Order()
                    .SequenceEqual(naive.Cycles().Where(c => c.Steps.Count > 1).Select(c => string.Join(",", c.Steps)).Order());
        }));
    }

    [Fact]
    public void PredecessorsAndDanglingEdges_AnyWorkflow_AgreeWithTheirDefinitions()
    {
        Check.One(Thorough, Prop.ForAll(Workflows, workflow =>
        {
            var (graph, naive) = Build(workflow);
            return graph.Nodes.All(n => graph.Predecessors(n.Id).SequenceEqual(naive.Predecessors(n.Id)))
                && graph.DanglingEdges().Select(d => (d.StepId, d.Edge)).SequenceEqual(naive.DanglingEdges());
        }));
    }

    [Fact]
    public void Cycles_WhileStepWhoseOnTruePointsToItself_IsAWhileLoop()
    {
        var graph = new WorkflowGraph([Step("w", WorkflowStepTypes.While, True("w"), Next("e")), End("e")]);

        var cycle = Assert.Single(graph.Cycles());

        Assert.Equal(["w"], cycle.Steps);
        Assert.True(cycle.IsWhileLoop);
        Assert.Empty(Assert.Single(graph.Branches("w")).Steps);
    }

    [Fact]
    public void Cycles_WhileStepPointingToItselfAlsoByOnCompletion_IsNotAWhileLoop()
    {
        var graph = new WorkflowGraph([Step("w", WorkflowStepTypes.While, True("w"), Next("w"))]);

        Assert.False(Assert.Single(graph.Cycles()).IsWhileLoop);
    }

    [Fact]
    public void Queries_DanglingPointersBesideResolvedOnes_FollowOnlyTheResolved()
    {
        var graph = new WorkflowGraph(
        [
            Step("p", WorkflowStepTypes.Parallel, WorkflowEdge.NextStep(0, "ghost"), WorkflowEdge.NextStep(1, "a"), Next("gone")),
            Step("a", "action", Next("e"), Failure("nowhere")),
            End("e"),
        ]);

        Assert.Equal(["ghost", "gone", "nowhere"], graph.DanglingEdges().Select(d => d.Edge.Target));
        Assert.Equal(["p", "a", "e"], graph.Reachable("p"));
        Assert.Equal([0, 2], graph.Branches("p").Select(b => b.Steps.Length));
        Assert.Empty(graph.Continuation("p"));
    }

    [Fact]
    public void Queries_EmptyGraph_AnswerEmpty()
    {
        var graph = WorkflowGraph.Empty;

        Assert.Empty(graph.Reachable("a"));
        Assert.Empty(graph.Unreachable());
        Assert.Empty(graph.Cycles());
        Assert.Empty(graph.StronglyConnectedComponents());
        Assert.Empty(graph.DanglingEdges());
        Assert.Empty(graph.Branches("a"));
    }

    [Fact]
    public void Walks_LongGeneratedWorkflow_CoverEveryStepWithoutRecursion()
    {
        const int length = 100_000;
        var nodes = Enumerable.Range(0, length - 1)
            .Select(i => Step($"a{i}", "action", Next($"a{i + 1}"), Failure("missing")))
            .Append(End($"a{length - 1}"));

        var graph = new WorkflowGraph(nodes);

        Assert.Empty(graph.Cycles());
        Assert.Equal(length, graph.StronglyConnectedComponents().Length);
        Assert.Equal(length, graph.Reachable("a0").Length);
        Assert.Equal(["a0"], graph.Unreachable("a1"));
        Assert.Equal(length - 1, graph.DanglingEdges().Length);
        Assert.Equal([$"a{length - 2}"], graph.Predecessors($"a{length - 1}"));
    }

    [Fact]
    public void Branches_LargeGeneratedSwitch_GivesEachCaseItsOwnSteps()
    {
        const int cases = 5_000;
        var nodes = new List<WorkflowNode>
        {
            Step("sw", WorkflowStepTypes.Switch,
                [.. Enumerable.Range(0, cases).Select(i => WorkflowEdge.Case($"{i}", $"a{i}")), Next("e")]),
            End("e"),
        };
        nodes.AddRange(Enumerable.Range(0, cases).Select(i => Step($"a{i}", "action", Next($"e{i}"))));
        nodes.AddRange(Enumerable.Range(0, cases).Select(i => End($"e{i}")));

        var branches = new WorkflowGraph(nodes).Branches("sw");

        Assert.Equal(cases, branches.Length);
        Assert.All(branches, b => Assert.Equal([$"a{b.Entry.CaseKey}", $"e{b.Entry.CaseKey}"], b.Steps));
        Assert.All(branches, b => Assert.Equal([$"e{b.Entry.CaseKey}"], b.EndSteps));
    }

    private static (WorkflowGraph Graph, NaiveWorkflowGraph Naive) Build((int[] Types, int[] Edges) workflow)
    {
        var edges = new List<WorkflowEdge>[StepCount];
        for (var i = 0; i < StepCount; i++)
        {
            edges[i] = [];
        }

        foreach (var number in workflow.Edges)
        {
            var (from, rest) = (number % StepCount, number / StepCount);
            var (kind, to) = ((WorkflowEdgeKind)(rest % 7), rest / 7);
            var target = to == StepCount ? "ghost" : $"s{to}";
            var list = edges[from];
            list.Add(kind switch
            {
                WorkflowEdgeKind.NextStep => WorkflowEdge.NextStep(list.Count, target),
                WorkflowEdgeKind.Case => WorkflowEdge.Case($"k{list.Count}", target),
                _ => new WorkflowEdge(kind, target),
            });
        }

        var nodes = Enumerable.Range(0, StepCount).Select(i => Step($"s{i}", Types[workflow.Types[i]], [.. edges[i]])).ToList();
        return (new WorkflowGraph(nodes), new NaiveWorkflowGraph(nodes));
    }
}
