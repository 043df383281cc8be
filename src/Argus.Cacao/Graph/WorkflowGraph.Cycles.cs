using System.Collections.Immutable;

namespace Argus.Cacao.Graph;

public sealed partial class WorkflowGraph
{
    /// <summary>
    /// The strongly connected components of the graph over resolved pointers (Tarjan's algorithm, iterative so
    /// that long workflows cannot exhaust the stack).
    /// </summary>
    /// <returns>Every component, single steps included; steps inside a component are in workflow order.</returns>
    public ImmutableArray<ImmutableArray<string>> StronglyConnectedComponents() =>
        StronglyConnectedComponents(Nodes.Select(n => n.Id), static (_, _) => true);

    /// <summary>
    /// The cycles of the workflow: components of more than one step, or one step pointing to itself, each marked
    /// with whether it is a proper while loop.
    /// </summary>
    /// <returns>The cycles, ordered by their first step in workflow order.</returns>
    /// <remarks>
    /// A cycle is a while loop when removing the <c>on_true</c> pointers of its while-condition steps breaks every
    /// cycle in it: each way round then passes through a while step's body and back to that step.
    /// </remarks>
    public ImmutableArray<WorkflowCycle> Cycles()
    {
        var cycles = ImmutableArray.CreateBuilder<WorkflowCycle>();
        foreach (var component in StronglyConnectedComponents())
        {
            if (component.Length == 1 && !PointsToItself(component[0]))
            {
                continue;
            }

            var members = new HashSet<string>(component, StringComparer.Ordinal);
            var withoutWhileBodies = StronglyConnectedComponents(component,
                (from, edge) => members.Contains(edge.Target) && !(_byId[from].IsWhile && edge.Kind == WorkflowEdgeKind.OnTrue));
            var isWhileLoop = withoutWhileBodies.All(c => c.Length == 1)
                && !component.Any(s => _byId[s].Edges.Any(e => e.Target == s
                    && !(_byId[s].IsWhile && e.Kind == WorkflowEdgeKind.OnTrue)));
            cycles.Add(new WorkflowCycle(component, isWhileLoop));
        }

        return [.. cycles.OrderBy(c => _position[c.Steps[0]])];
    }

    // A self-loop: Cycles runs for every step, so this scans the edges rather than building the successor list.
    private bool PointsToItself(string stepId)
    {
        foreach (var edge in _byId[stepId].Edges)
        {
            if (edge.Target == stepId)
            {
                return true;
            }
        }

        return false;
    }

    private ImmutableArray<ImmutableArray<string>> StronglyConnectedComponents(IEnumerable<string> scope,
        Func<string, WorkflowEdge, bool> follow)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var lowLink = new Dictionary<string, int>(StringComparer.Ordinal);
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var components = ImmutableArray.CreateBuilder<ImmutableArray<string>>();
        var next = 0;

        // Each frame is a step and how many of its edges have been looked at; empty again after each root.
        var frames = new Stack<(string Step, int Edge)>();

        foreach (var root in scope)
        {
            if (index.ContainsKey(root))
            {
                continue;
            }

            frames.Push((root, 0));
            index[root] = lowLink[root] = next++;
            stack.Push(root);
            onStack.Add(root);
            while (frames.Count > 0)
            {
                var (step, edgeIndex) = frames.Pop();
                var edges = _byId[step].Edges;
                if (edgeIndex < edges.Length)
                {
                    frames.Push((step, edgeIndex + 1));
                    var edge = edges[edgeIndex];
                    if (!_byId.ContainsKey(edge.Target) || !follow(step, edge))
                    {
                        continue;
                    }

                    if (!index.ContainsKey(edge.Target))
                    {
                        index[edge.Target] = lowLink[edge.Target] = next++;
                        stack.Push(edge.Target);
                        onStack.Add(edge.Target);
                        frames.Push((edge.Target, 0));
                    }
                    else if (onStack.Contains(edge.Target))
                    {
                        lowLink[step] = Math.Min(lowLink[step], index[edge.Target]);
                    }

                    continue;
                }

                if (frames.Count > 0)
                {
                    var parent = frames.Peek().Step;
                    lowLink[parent] = Math.Min(lowLink[parent], lowLink[step]);
                }

                if (lowLink[step] == index[step])
                {
                    var component = new List<string>();
                    string member;
                    do
                    {
                        member = stack.Pop();
                        onStack.Remove(member);
                        component.Add(member);
                    }
                    while (member != step);

                    components.Add([.. component.OrderBy(s => _position[s])]);
                }
            }
        }

        return components.ToImmutable();
    }
}
