using System.Collections.Immutable;

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
    private readonly Dictionary<string, WorkflowNode> _byId;
    private readonly Dictionary<string, List<string>> _predecessors;
    private readonly Dictionary<string, int> _position;

    /// <summary>Builds a graph from its steps.</summary>
    /// <param name="nodes">The steps; identifiers must be unique.</param>
    /// <exception cref="ArgumentException">Two nodes share an identifier, or a node is null.</exception>
    public WorkflowGraph(IEnumerable<WorkflowNode> nodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        Nodes = [.. nodes];
        _byId = new Dictionary<string, WorkflowNode>(Nodes.Length, StringComparer.Ordinal);
        _position = new Dictionary<string, int>(Nodes.Length, StringComparer.Ordinal);
        foreach (var node in Nodes)
        {
            if (node is null)
            {
                throw new ArgumentException("A workflow node is null.", nameof(nodes));
            }

            if (!_byId.TryAdd(node.Id, node))
            {
                throw new ArgumentException($"Two workflow nodes share the identifier '{node.Id}'.", nameof(nodes));
            }

            _position[node.Id] = _position.Count;
        }

        _predecessors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var node in Nodes)
        {
            foreach (var edge in node.Edges)
            {
                if (!_byId.ContainsKey(edge.Target))
                {
                    continue;
                }

                if (!_predecessors.TryGetValue(edge.Target, out var list))
                {
                    list = [];
                    _predecessors[edge.Target] = list;
                }

                // A node's edges are all added before the next node's, so a repeated target ends the list already.
                if (list.Count == 0 || !ReferenceEquals(list[^1], node.Id))
                {
                    list.Add(node.Id);
                }
            }
        }
    }

    /// <summary>An empty graph.</summary>
    public static WorkflowGraph Empty { get; } = new([]);

    /// <summary>Every step, in the order given (document order for <see cref="FromJson"/>).</summary>
    public ImmutableArray<WorkflowNode> Nodes { get; }

    /// <summary>The steps whose type is <c>start</c>.</summary>
    public ImmutableArray<string> StartSteps => [.. Nodes.Where(n => n.IsStart).Select(n => n.Id)];

    /// <summary>The steps whose type is <c>end</c>.</summary>
    public ImmutableArray<string> EndSteps => [.. Nodes.Where(n => n.IsEnd).Select(n => n.Id)];

    /// <summary>True when the workflow has a step with this identifier.</summary>
    /// <param name="stepId">A step identifier.</param>
    /// <returns>Whether the step exists.</returns>
    public bool Contains(string stepId) => stepId is not null && _byId.ContainsKey(stepId);

    /// <summary>Looks a step up.</summary>
    /// <param name="stepId">A step identifier.</param>
    /// <returns>The step, or null when the workflow has none with that identifier.</returns>
    public WorkflowNode? Find(string stepId) => stepId is not null && _byId.TryGetValue(stepId, out var node) ? node : null;

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
    public ImmutableArray<string> Predecessors(string stepId) =>
        stepId is not null && _predecessors.TryGetValue(stepId, out var list) ? [.. list] : [];

    /// <summary>The steps reachable from some roots over resolved pointers, the roots included.</summary>
    /// <param name="roots">Step identifiers to start from; those not in the workflow are ignored.</param>
    /// <returns>The reachable steps in breadth-first order.</returns>
    public ImmutableArray<string> Reachable(params IEnumerable<string> roots)
    {
        ArgumentNullException.ThrowIfNull(roots);
        return Walk(roots, exclude: null);
    }

    /// <summary>The steps not reachable from any of the roots.</summary>
    /// <param name="roots">
    /// Step identifiers to start from, usually <c>workflow_start</c> and <c>workflow_exception</c>.
    /// </param>
    /// <returns>The unreachable steps in workflow order.</returns>
    public ImmutableArray<string> Unreachable(params IEnumerable<string> roots)
    {
        var reached = new HashSet<string>(Reachable(roots), StringComparer.Ordinal);
        return [.. Nodes.Where(n => !reached.Contains(n.Id)).Select(n => n.Id)];
    }

    /// <summary>The pointers that name no step of the workflow.</summary>
    /// <returns>The dangling edges in workflow and pointer order.</returns>
    public ImmutableArray<DanglingEdge> DanglingEdges() =>
        [.. Nodes.SelectMany(n => n.Edges.Where(e => !_byId.ContainsKey(e.Target)).Select(e => new DanglingEdge(n.Id, e)))];

    /// <summary>
    /// The branches a parallel, if, while or switch step opens: one per <c>next_steps</c> entry, <c>on_true</c>,
    /// <c>on_false</c> or <c>cases</c> entry.
    /// </summary>
    /// <param name="stepId">A step identifier.</param>
    /// <returns>The branches in pointer order; empty for steps that open none.</returns>
    /// <remarks>
    /// A branch holds every step reachable from its entry without passing through the owner, nested branches and
    /// their continuations included. Two branches of one owner that hold a common step share it.
    /// </remarks>
    public ImmutableArray<WorkflowBranch> Branches(string stepId)
    {
        if (Find(stepId) is not { } owner)
        {
            return [];
        }

        var branches = ImmutableArray.CreateBuilder<WorkflowBranch>();
        foreach (var edge in owner.Edges.Where(e => e.IsBranch))
        {
            var steps = Walk([edge.Target], exclude: owner.Id);
            var ends = steps.Where(s => _byId[s].IsEnd).ToImmutableArray();
            var returns = steps.Any(s => _byId[s].Edges.Any(e => e.Target == owner.Id));
            branches.Add(new WorkflowBranch(owner.Id, edge, steps, ends, returns));
        }

        return branches.ToImmutable();
    }

    /// <summary>
    /// The steps reached from a step's own continuation pointers (<c>on_completion</c>, <c>on_success</c>,
    /// <c>on_failure</c>), where control goes after its branches are done.
    /// </summary>
    /// <param name="stepId">A step identifier.</param>
    /// <returns>The continuation's steps in breadth-first order, the step itself excluded.</returns>
    public ImmutableArray<string> Continuation(string stepId)
    {
        if (Find(stepId) is not { } node)
        {
            return [];
        }

        return Walk(node.Edges.Where(e => !e.IsBranch).Select(e => e.Target), exclude: node.Id);
    }

    private ImmutableArray<string> ResolvedTargets(string stepId, Func<WorkflowEdge, bool> include)
    {
        if (Find(stepId) is not { } node)
        {
            return [];
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var targets = ImmutableArray.CreateBuilder<string>();
        foreach (var edge in node.Edges)
        {
            if (include(edge) && _byId.ContainsKey(edge.Target) && seen.Add(edge.Target))
            {
                targets.Add(edge.Target);
            }
        }

        return targets.ToImmutable();
    }

    private ImmutableArray<string> Walk(IEnumerable<string> roots, string? exclude)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var order = ImmutableArray.CreateBuilder<string>();
        var queue = new Queue<string>();
        foreach (var root in roots)
        {
            if (root is not null && root != exclude && _byId.ContainsKey(root) && seen.Add(root))
            {
                queue.Enqueue(root);
            }
        }

        while (queue.TryDequeue(out var current))
        {
            order.Add(current);
            foreach (var edge in _byId[current].Edges)
            {
                if (edge.Target != exclude && _byId.ContainsKey(edge.Target) && seen.Add(edge.Target))
                {
                    queue.Enqueue(edge.Target);
                }
            }
        }

        return order.ToImmutable();
    }
}
