using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Argus.Cacao.Graph;

/// <summary>
/// The step graph of one CACAO workflow: steps as nodes, step pointers as edges. Independent of JSON, so the
/// validator, the execution engine and a workflow drawing share one reading of the pointers.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Edges may name steps that are not in the graph; queries follow only edges that
/// resolve, and <see cref="DanglingEdges"/> lists the others. Every query returns steps in a deterministic order.
/// </remarks>
public sealed partial class WorkflowGraph
{
    // Steps are numbered by workflow order and every edge's target is resolved to a number once, here: the queries
    // then walk integer arrays instead of hashing step identifiers (CACAO ids are ~45 characters) at every turn.
    private const byte StartFlag = 1;
    private const byte EndFlag = 2;
    private const byte WhileFlag = 4;
    private const byte BranchFlag = 8;
    private const byte SelfLoopFlag = 16;

    private readonly WorkflowNode[] _nodes;
    private readonly Dictionary<string, int> _indexById;

    // The edges of step i are _edgeTargets[_edgeStart[i].._edgeStart[i + 1]], in the order of its Edges; each is the
    // target's step number, or -1 when the pointer names no step.
    private readonly int[] _edgeStart;
    private readonly int[] _edgeTargets;
    private readonly byte[] _flags;
    private readonly int _danglingCount;
    private readonly bool _hasSelfLoop;

    // Only the engine asks for predecessors: built on first use. Racing builders produce equal arrays; the first kept wins.
    private ImmutableArray<string>[]? _predecessors;

    /// <summary>Builds a graph from its steps.</summary>
    /// <param name="nodes">The steps; identifiers must be unique.</param>
    /// <exception cref="ArgumentException">Two nodes share an identifier, or a node is null.</exception>
    public WorkflowGraph(IEnumerable<WorkflowNode> nodes)
        : this(Index(nodes), edgeTargets: null)
    {
    }

    // For WorkflowJsonReader, which has already numbered the steps (unique, non-null) and resolved every edge while
    // reading them: edgeTargets holds each edge's target step number (-1 when dangling), nodes and edges in order.
    internal WorkflowGraph(WorkflowNode[] nodes, Dictionary<string, int> indexById, int[] edgeTargets)
        : this((nodes, indexById), edgeTargets)
    {
    }

    private WorkflowGraph((WorkflowNode[] Nodes, Dictionary<string, int> IndexById) indexed, int[]? edgeTargets)
    {
        (_nodes, _indexById) = indexed;
        Nodes = ImmutableCollectionsMarshal.AsImmutableArray(_nodes);
        _flags = new byte[_nodes.Length];
        _edgeStart = new int[_nodes.Length + 1];
        var edgeCount = 0;
        for (var i = 0; i < _nodes.Length; i++)
        {
            _edgeStart[i] = edgeCount;
            edgeCount += _nodes[i].Edges.Length;
        }

        _edgeStart[_nodes.Length] = edgeCount;
        _edgeTargets = edgeTargets ?? new int[edgeCount];
        for (var i = 0; i < _nodes.Length; i++)
        {
            var node = _nodes[i];
            byte flags = node.Type switch
            {
                WorkflowStepTypes.Start => StartFlag,
                WorkflowStepTypes.End => EndFlag,
                WorkflowStepTypes.While => WhileFlag,
                _ => 0,
            };
            var position = _edgeStart[i];
            foreach (var edge in node.Edges)
            {
                var target = edgeTargets is null ? _indexById.GetValueOrDefault(edge.Target, -1) : edgeTargets[position];
                _edgeTargets[position++] = target;
                if (target < 0)
                {
                    _danglingCount++;
                }
                else if (target == i)
                {
                    flags |= SelfLoopFlag;
                    _hasSelfLoop = true;
                }

                if (edge.IsBranch)
                {
                    flags |= BranchFlag;
                }
            }

            _flags[i] = flags;
        }
    }

    /// <summary>An empty graph.</summary>
    public static WorkflowGraph Empty { get; } = new([]);

    /// <summary>Every step, in the order given (document order for <see cref="FromJson"/>).</summary>
    public ImmutableArray<WorkflowNode> Nodes { get; }

    /// <summary>The steps whose type is <c>start</c>.</summary>
    public ImmutableArray<string> StartSteps => StepsFlagged(StartFlag);

    /// <summary>The steps whose type is <c>end</c>.</summary>
    public ImmutableArray<string> EndSteps => StepsFlagged(EndFlag);

    /// <summary>The number of step pointers, dangling ones included.</summary>
    internal int EdgeCount => _edgeTargets.Length;

    /// <summary>True when the workflow has a step with this identifier.</summary>
    /// <param name="stepId">A step identifier.</param>
    /// <returns>Whether the step exists.</returns>
    public bool Contains(string stepId) => IndexOf(stepId) >= 0;

    /// <summary>Looks a step up.</summary>
    /// <param name="stepId">A step identifier.</param>
    /// <returns>The step, or null when the workflow has none with that identifier.</returns>
    public WorkflowNode? Find(string stepId) => IndexOf(stepId) is >= 0 and var index ? _nodes[index] : null;

    /// <summary>The distinct steps a step points to, over every pointer, in pointer order.</summary>
    /// <param name="stepId">A step identifier.</param>
    /// <returns>The resolved targets; empty for an unknown step.</returns>
    public ImmutableArray<string> Successors(string stepId) => ResolvedTargets(stepId, static _ => true);

    /// <summary>The distinct steps a step points to through one kind of pointer.</summary>
    /// <param name="stepId">A step identifier.</param>
    /// <param name="kind">
    /// The pointer kind: <see cref="WorkflowEdgeKind.OnSuccess"/> or <see cref="WorkflowEdgeKind.OnFailure"/> for the
    /// next step after an outcome, <see cref="WorkflowEdgeKind.NextStep"/> for a parallel step's branches, ….
    /// </param>
    /// <returns>The resolved targets; empty for an unknown step.</returns>
    public ImmutableArray<string> Successors(string stepId, WorkflowEdgeKind kind) =>
        ResolvedTargets(stepId, e => e.Kind == kind);

    /// <summary>
    /// The steps to continue at once a step has finished (its branches included) with an outcome:
    /// <c>on_completion</c>, plus <c>on_success</c> or <c>on_failure</c> by outcome (spec 4.1).
    /// </summary>
    /// <param name="stepId">A step identifier.</param>
    /// <param name="outcome">How the step ended.</param>
    /// <returns>The resolved targets; empty when no pointer covers the outcome.</returns>
    /// <remarks>
    /// An empty answer after a failure means the playbook's <c>workflow_exception</c> step applies (spec 3.1);
    /// that choice belongs to the engine, as does what to do when a dangling pointer was skipped.
    /// </remarks>
    public ImmutableArray<string> Successors(string stepId, StepOutcome outcome) =>
        ResolvedTargets(stepId, e => e.Kind == WorkflowEdgeKind.OnCompletion
            || e.Kind == (outcome == StepOutcome.Succeeded ? WorkflowEdgeKind.OnSuccess : WorkflowEdgeKind.OnFailure));

    /// <summary>The steps with a resolved pointer to a step.</summary>
    /// <param name="stepId">A step identifier.</param>
    /// <returns>The pointing steps, in workflow order.</returns>
    public ImmutableArray<string> Predecessors(string stepId)
    {
        var index = IndexOf(stepId);
        if (index < 0)
        {
            return [];
        }

        var predecessors = Volatile.Read(ref _predecessors);
        if (predecessors is null)
        {
            predecessors = BuildPredecessors();
            predecessors = Interlocked.CompareExchange(ref _predecessors, predecessors, null) ?? predecessors;
        }

        return predecessors[index];
    }

    /// <summary>The pointers that name no step of the workflow.</summary>
    /// <returns>The dangling edges in workflow and pointer order.</returns>
    public ImmutableArray<DanglingEdge> DanglingEdges()
    {
        if (_danglingCount == 0)
        {
            return [];
        }

        var dangling = new DanglingEdge[_danglingCount];
        var count = 0;
        for (var i = 0; i < _nodes.Length; i++)
        {
            var edges = _nodes[i].Edges;
            for (var k = 0; k < edges.Length; k++)
            {
                if (_edgeTargets[_edgeStart[i] + k] < 0)
                {
                    dangling[count++] = new DanglingEdge(_nodes[i].Id, edges[k]);
                }
            }
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(dangling);
    }

    /// <summary>The number of a step in workflow order, or -1 when the workflow has no such step.</summary>
    internal int IndexOf(string? stepId) => stepId is not null && _indexById.TryGetValue(stepId, out var index) ? index : -1;

    /// <summary>True when step <paramref name="index"/> is an end step.</summary>
    internal bool IsEndAt(int index) => (_flags[index] & EndFlag) != 0;

    /// <summary>True when step <paramref name="index"/> has a branch pointer (resolved or not).</summary>
    internal bool OpensBranchesAt(int index) => (_flags[index] & BranchFlag) != 0;

    private ImmutableArray<string> StepsFlagged(byte flag)
    {
        var count = 0;
        foreach (var flags in _flags)
        {
            count += (flags & flag) != 0 ? 1 : 0;
        }

        if (count == 0)
        {
            return [];
        }

        var ids = new string[count];
        count = 0;
        for (var i = 0; i < _flags.Length; i++)
        {
            if ((_flags[i] & flag) != 0)
            {
                ids[count++] = _nodes[i].Id;
            }
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(ids);
    }

    private ImmutableArray<string> ResolvedTargets(string stepId, Func<WorkflowEdge, bool> include)
    {
        var index = IndexOf(stepId);
        if (index < 0)
        {
            return [];
        }

        var edges = _nodes[index].Edges;
        var targets = new List<int>();
        var seen = new HashSet<int>();
        for (var k = 0; k < edges.Length; k++)
        {
            var target = _edgeTargets[_edgeStart[index] + k];
            if (target >= 0 && include(edges[k]) && seen.Add(target))
            {
                targets.Add(target);
            }
        }

        return ToIds(CollectionsMarshal.AsSpan(targets));
    }

    private ImmutableArray<string>[] BuildPredecessors()
    {
        var lists = new List<string>?[_nodes.Length];
        for (var i = 0; i < _nodes.Length; i++)
        {
            for (var e = _edgeStart[i]; e < _edgeStart[i + 1]; e++)
            {
                var target = _edgeTargets[e];
                if (target < 0)
                {
                    continue;
                }

                var list = lists[target] ??= [];
                // A node's edges are all added before the next node's, so a repeated target ends the list already.
                if (list.Count == 0 || !ReferenceEquals(list[^1], _nodes[i].Id))
                {
                    list.Add(_nodes[i].Id);
                }
            }
        }

        var predecessors = new ImmutableArray<string>[_nodes.Length];
        for (var i = 0; i < lists.Length; i++)
        {
            predecessors[i] = lists[i] is { } list ? [.. list] : [];
        }

        return predecessors;
    }

    private ImmutableArray<string> ToIds(ReadOnlySpan<int> steps)
    {
        if (steps.IsEmpty)
        {
            return [];
        }

        var ids = new string[steps.Length];
        for (var i = 0; i < steps.Length; i++)
        {
            ids[i] = _nodes[steps[i]].Id;
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(ids);
    }

    private static (WorkflowNode[] Nodes, Dictionary<string, int> IndexById) Index(IEnumerable<WorkflowNode> nodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        WorkflowNode[] array = [.. nodes];
        var indexById = new Dictionary<string, int>(array.Length, StringComparer.Ordinal);
        foreach (var node in array)
        {
            if (node is null)
            {
                throw new ArgumentException("A workflow node is null.", nameof(nodes));
            }

            if (!indexById.TryAdd(node.Id, indexById.Count))
            {
                throw new ArgumentException($"Two workflow nodes share the identifier '{node.Id}'.", nameof(nodes));
            }
        }

        return (array, indexById);
    }
}
