using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Argus.Cacao.Graph;

public sealed partial class WorkflowGraph
{
    /// <summary>
    /// The strongly connected components of the graph over resolved pointers (Tarjan's algorithm, iterative so
    /// that long workflows cannot exhaust the stack).
    /// </summary>
    /// <returns>Every component, single steps included; steps inside a component are in workflow order.</returns>
    public ImmutableArray<ImmutableArray<string>> StronglyConnectedComponents()
    {
        var component = new int[_nodes.Length];
        var count = AssignComponents(component);
        var (members, start) = GroupByComponent(component, count);
        var components = new ImmutableArray<string>[count];
        for (var c = 0; c < count; c++)
        {
            components[c] = ToIds(members.AsSpan(start[c], start[c + 1] - start[c]));
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(components);
    }

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
        var component = new int[_nodes.Length];
        var count = AssignComponents(component);
        if (count == _nodes.Length && !_hasSelfLoop)
        {
            return []; // every component a single step that does not point to itself: no cycle at all
        }

        var (members, start) = GroupByComponent(component, count);
        var isCycle = new bool[count];
        for (var c = 0; c < count; c++)
        {
            isCycle[c] = start[c + 1] - start[c] > 1 || (_flags[members[start[c]]] & SelfLoopFlag) != 0;
        }

        var isWhileLoop = WhileLoops(component, isCycle, start);

        // A component's first step is its smallest step number, so visiting steps in order meets cycles in order.
        var cycles = ImmutableArray.CreateBuilder<WorkflowCycle>();
        for (var step = 0; step < _nodes.Length; step++)
        {
            var c = component[step];
            if (isCycle[c] && members[start[c]] == step)
            {
                var steps = ToIds(members.AsSpan(start[c], start[c + 1] - start[c]));
                cycles.Add(new WorkflowCycle(steps, isWhileLoop[c]));
            }
        }

        return cycles.ToImmutable();
    }

    // Which cycles are while loops: with the on_true pointers of their while steps removed, the steps of the cycle
    // must fall apart into an acyclic graph. Kahn's algorithm over all cycles at once: peel steps left with no
    // incoming pointer from their own cycle; a cycle is a while loop when every one of its steps comes off.
    private bool[] WhileLoops(int[] component, bool[] isCycle, int[] start)
    {
        var incoming = new int[_nodes.Length];
        for (var step = 0; step < _nodes.Length; step++)
        {
            if (!isCycle[component[step]])
            {
                continue;
            }

            for (var e = _edgeStart[step]; e < _edgeStart[step + 1]; e++)
            {
                if (StaysInCycleWithoutWhileBody(step, e, component))
                {
                    incoming[_edgeTargets[e]]++;
                }
            }
        }

        var remaining = new int[isCycle.Length];
        for (var c = 0; c < remaining.Length; c++)
        {
            remaining[c] = start[c + 1] - start[c];
        }

        var queue = new Queue<int>();
        for (var step = 0; step < _nodes.Length; step++)
        {
            if (isCycle[component[step]] && incoming[step] == 0)
            {
                queue.Enqueue(step);
            }
        }

        while (queue.TryDequeue(out var step))
        {
            remaining[component[step]]--;
            for (var e = _edgeStart[step]; e < _edgeStart[step + 1]; e++)
            {
                if (StaysInCycleWithoutWhileBody(step, e, component) && --incoming[_edgeTargets[e]] == 0)
                {
                    queue.Enqueue(_edgeTargets[e]);
                }
            }
        }

        var isWhileLoop = new bool[isCycle.Length];
        for (var c = 0; c < isWhileLoop.Length; c++)
        {
            isWhileLoop[c] = isCycle[c] && remaining[c] == 0;
        }

        return isWhileLoop;
    }

    private bool StaysInCycleWithoutWhileBody(int step, int edge, int[] component)
    {
        var target = _edgeTargets[edge];
        return target >= 0 && component[target] == component[step]
            && !((_flags[step] & WhileFlag) != 0 && _nodes[step].Edges[edge - _edgeStart[step]].Kind == WorkflowEdgeKind.OnTrue);
    }

    // The steps of each component in workflow order: members[start[c]..start[c + 1]].
    private static (int[] Members, int[] Start) GroupByComponent(int[] component, int count)
    {
        var start = new int[count + 1];
        foreach (var c in component)
        {
            start[c + 1]++;
        }

        for (var c = 0; c < count; c++)
        {
            start[c + 1] += start[c];
        }

        var members = new int[component.Length];
        var next = start[..count];
        for (var step = 0; step < component.Length; step++)
        {
            members[next[component[step]]++] = step;
        }

        return (members, start);
    }

    // Tarjan's algorithm over step numbers: component[step] receives the number of the step's strongly connected
    // component, numbered in the order Tarjan completes them (roots taken in workflow order, pointers in order).
    // Returns the number of components.
    private int AssignComponents(int[] component)
    {
        var n = _nodes.Length;
        if (n == 0)
        {
            return 0;
        }

        // Five numbers per step: on the stack for a small graph, rented for a large one.
        var rented = n <= WalkScratch.StackSteps ? null : ArrayPool<int>.Shared.Rent(5 * n);
        var space = rented is null ? stackalloc int[5 * n] : rented.AsSpan();
        try
        {
            var index = space.Slice(0, n);
            var lowLink = space.Slice(n, n);
            var stack = space.Slice(2 * n, n);
            // Each frame is a step and the position of the next of its pointers to look at.
            var frameStep = space.Slice(3 * n, n);
            var frameEdge = space.Slice(4 * n, n);
            index.Fill(-1);
            component.AsSpan().Fill(-1);
            int next = 0, stackCount = 0, frameCount = 0, components = 0;
            for (var root = 0; root < n; root++)
            {
                if (index[root] >= 0)
                {
                    continue;
                }

                index[root] = lowLink[root] = next++;
                stack[stackCount++] = root;
                frameStep[frameCount] = root;
                frameEdge[frameCount++] = _edgeStart[root];
                while (frameCount > 0)
                {
                    var step = frameStep[frameCount - 1];
                    var edge = frameEdge[frameCount - 1];
                    if (edge < _edgeStart[step + 1])
                    {
                        frameEdge[frameCount - 1] = edge + 1;
                        var target = _edgeTargets[edge];
                        if (target < 0)
                        {
                            continue;
                        }

                        if (index[target] < 0)
                        {
                            index[target] = lowLink[target] = next++;
                            stack[stackCount++] = target;
                            frameStep[frameCount] = target;
                            frameEdge[frameCount++] = _edgeStart[target];
                        }
                        else if (component[target] < 0)
                        {
                            // Visited and not yet in a component: still on Tarjan's stack.
                            lowLink[step] = Math.Min(lowLink[step], index[target]);
                        }

                        continue;
                    }

                    frameCount--;
                    if (frameCount > 0)
                    {
                        var parent = frameStep[frameCount - 1];
                        lowLink[parent] = Math.Min(lowLink[parent], lowLink[step]);
                    }

                    if (lowLink[step] == index[step])
                    {
                        int member;
                        do
                        {
                            member = stack[--stackCount];
                            component[member] = components;
                        }
                        while (member != step);

                        components++;
                    }
                }
            }

            return components;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<int>.Shared.Return(rented);
            }
        }
    }
}
