using Argus.Cacao.Graph;

namespace Argus.Cacao.Tests.Graph;

/// <summary>
/// The graph queries read straight from their definitions over step identifiers, with no care for speed: the
/// reference the step-numbered <see cref="WorkflowGraph"/> must agree with.
/// </summary>
internal sealed class NaiveWorkflowGraph(IReadOnlyList<WorkflowNode> nodes)
{
    private WorkflowNode? Node(string id) => nodes.FirstOrDefault(n => n.Id == id);

    private bool Resolves(string target) => Node(target) is not null;

    public List<string> Walk(IEnumerable<string> roots, string? exclude)
    {
        var order = new List<string>();
        foreach (var root in roots)
        {
            if (root != exclude && Resolves(root) && !order.Contains(root))
            {
                order.Add(root);
            }
        }

        for (var head = 0; head < order.Count; head++)
        {
            foreach (var edge in Node(order[head])!.Edges)
            {
                if (edge.Target != exclude && Resolves(edge.Target) && !order.Contains(edge.Target))
                {
                    order.Add(edge.Target);
                }
            }
        }

        return order;
    }

    public List<string> Unreachable(params string[] roots)
    {
        var reached = Walk(roots, exclude: null);
        return [.. nodes.Select(n => n.Id).Where(id => !reached.Contains(id))];
    }

    public List<(WorkflowEdge Entry, List<string> Steps, List<string> Ends, bool Returns)> Branches(string owner) =>
    [
        .. Node(owner)!.Edges.Where(e => e.IsBranch).Select(entry =>
        {
            var steps = Walk([entry.Target], owner);
            var ends = steps.Where(s => Node(s)!.IsEnd).ToList();
            var returns = steps.Any(s => Node(s)!.Edges.Any(e => e.Target == owner));
            return (entry, steps, ends, returns);
        }),
    ];

    public List<string> Continuation(string step) => Walk(Node(step)!.Edges.Where(e => !e.IsBranch).Select(e => e.Target), step);

    public List<string> Predecessors(string step) =>
        [.. nodes.Where(n => n.Edges.Any(e => e.Target == step)).Select(n => n.Id)];

    public List<(string StepId, WorkflowEdge Edge)> DanglingEdges() =>
        [.. nodes.SelectMany(n => n.Edges.Where(e => !Resolves(e.Target)).Select(e => (n.Id, e)))];

    /// <summary>Cycles: steps that reach each other, in workflow order, and whether removing while bodies breaks them.</summary>
    public List<(List<string> Steps, bool IsWhileLoop)> Cycles()
    {
        var cycles = new List<(List<string> Steps, bool IsWhileLoop)>();
        foreach (var node in nodes)
        {
            var component = nodes.Select(n => n.Id)
                .Where(other => Reaches(node.Id, other, AnyEdge) && Reaches(other, node.Id, AnyEdge)).ToList();
            if (component[0] != node.Id || (component.Count == 1 && !node.Edges.Any(e => e.Target == node.Id)))
            {
                continue; // reported at its first step only, or not a cycle at all
            }

            bool WithoutWhileBodies(WorkflowNode from, WorkflowEdge edge) =>
                component.Contains(edge.Target) && !(from.IsWhile && edge.Kind == WorkflowEdgeKind.OnTrue);

            var isWhileLoop = component.All(step => !Node(step)!.Edges.Any(e =>
                WithoutWhileBodies(Node(step)!, e) && Reaches(e.Target, step, WithoutWhileBodies)));
            cycles.Add((component, isWhileLoop));
        }

        return cycles;
    }

    private static bool AnyEdge(WorkflowNode from, WorkflowEdge edge) => true;

    // Whether `to` can be reached from `from` (a step reaches itself) over resolved edges that `follow` accepts.
    private bool Reaches(string from, string to, Func<WorkflowNode, WorkflowEdge, bool> follow)
    {
        var seen = new List<string> { from };
        for (var head = 0; head < seen.Count; head++)
        {
            var node = Node(seen[head])!;
            foreach (var edge in node.Edges.Where(e => Resolves(e.Target) && follow(node, e) && !seen.Contains(e.Target)))
            {
                seen.Add(edge.Target);
            }
        }

        return seen.Contains(to);
    }
}
