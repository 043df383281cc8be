using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Argus.Cacao.Graph;

public sealed partial class WorkflowGraph
{
    // Continuation roots up to this many pointers live on the stack.
    private const int StackallocRoots = 256;

    // A walk over a small graph keeps its scratch space on the stack (see WalkScratch).
    private int StackScratchLength => Math.Min(_nodes.Length, WalkScratch.StackSteps);

    /// <summary>The steps reachable from some roots over resolved pointers, the roots included.</summary>
    /// <param name="roots">Step identifiers to start from; those not in the workflow are ignored.</param>
    /// <returns>The reachable steps in breadth-first order.</returns>
    public ImmutableArray<string> Reachable(params IEnumerable<string> roots)
    {
        ArgumentNullException.ThrowIfNull(roots);
        var rootIndexes = IndexesOf(roots);
        using var scratch = new WalkScratch(_nodes.Length, stackalloc bool[StackScratchLength], stackalloc int[StackScratchLength]);
        var count = Walk(CollectionsMarshal.AsSpan(rootIndexes), exclude: -1, scratch.Seen, scratch.Order, out _);
        return ToIds(scratch.Order[..count]);
    }

    /// <summary>The steps not reachable from any of the roots.</summary>
    /// <param name="roots">
    /// Step identifiers to start from, usually <c>workflow_start</c> and <c>workflow_exception</c>.
    /// </param>
    /// <returns>The unreachable steps in workflow order.</returns>
    public ImmutableArray<string> Unreachable(params IEnumerable<string> roots)
    {
        ArgumentNullException.ThrowIfNull(roots);
        return Unreachable(CollectionsMarshal.AsSpan(IndexesOf(roots)));
    }

    /// <summary><see cref="Unreachable(IEnumerable{string})"/> from step numbers (-1 entries are ignored).</summary>
    internal ImmutableArray<string> Unreachable(ReadOnlySpan<int> roots)
    {
        using var scratch = new WalkScratch(_nodes.Length, stackalloc bool[StackScratchLength], stackalloc int[StackScratchLength]);
        var count = Walk(roots, exclude: -1, scratch.Seen, scratch.Order, out _);
        if (count == _nodes.Length)
        {
            return [];
        }

        var unreachable = new string[_nodes.Length - count];
        var next = 0;
        for (var i = 0; i < _nodes.Length; i++)
        {
            if (!scratch.Seen[i])
            {
                unreachable[next++] = _nodes[i].Id;
            }
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(unreachable);
    }

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
        var index = IndexOf(stepId);
        return index < 0 ? [] : Branches(index, out _);
    }

    /// <summary>
    /// The steps reached from a step's own continuation pointers (<c>on_completion</c>, <c>on_success</c>,
    /// <c>on_failure</c>), where control goes after its branches are done.
    /// </summary>
    /// <param name="stepId">A step identifier.</param>
    /// <returns>The continuation's steps in breadth-first order, the step itself excluded.</returns>
    public ImmutableArray<string> Continuation(string stepId)
    {
        var index = IndexOf(stepId);
        if (index < 0)
        {
            return [];
        }

        using var scratch = new WalkScratch(_nodes.Length, stackalloc bool[StackScratchLength], stackalloc int[StackScratchLength]);
        return ToIds(scratch.Order[..Continuation(index, scratch.Seen, scratch.Order)]);
    }

    /// <summary>
    /// <see cref="Branches(string)"/> of step <paramref name="owner"/>, with each branch's steps also given as step
    /// numbers.
    /// </summary>
    internal ImmutableArray<WorkflowBranch> Branches(int owner, out int[][] branchSteps)
    {
        if (!OpensBranchesAt(owner))
        {
            branchSteps = [];
            return [];
        }

        var node = _nodes[owner];
        var edges = node.Edges;
        var count = 0;
        foreach (var edge in edges)
        {
            count += edge.IsBranch ? 1 : 0;
        }

        var branches = new WorkflowBranch[count];
        branchSteps = new int[count][];
        using var scratch = new WalkScratch(_nodes.Length, stackalloc bool[StackScratchLength], stackalloc int[StackScratchLength]);
        count = 0;
        for (var k = 0; k < edges.Length; k++)
        {
            if (!edges[k].IsBranch)
            {
                continue;
            }

            scratch.Seen.Clear();
            var length = Walk([_edgeTargets[_edgeStart[owner] + k]], owner, scratch.Seen, scratch.Order, out var returns);
            var steps = scratch.Order[..length];
            branchSteps[count] = steps.ToArray();
            branches[count++] = new WorkflowBranch(node.Id, edges[k], ToIds(steps), EndsAmong(steps), returns);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(branches);
    }

    /// <summary>
    /// Walks <see cref="Continuation(string)"/> of step <paramref name="step"/>: marks its steps in
    /// <paramref name="seen"/> (which must start clear) and lists them in <paramref name="order"/>.
    /// </summary>
    /// <returns>The number of steps listed.</returns>
    internal int Continuation(int step, Span<bool> seen, Span<int> order)
    {
        var edges = _nodes[step].Edges;
        Span<int> roots = edges.Length <= StackallocRoots ? stackalloc int[edges.Length] : new int[edges.Length];
        var rootCount = 0;
        for (var k = 0; k < edges.Length; k++)
        {
            if (!edges[k].IsBranch)
            {
                roots[rootCount++] = _edgeTargets[_edgeStart[step] + k];
            }
        }

        return Walk(roots[..rootCount], step, seen, order, out _);
    }

    // Breadth first over resolved pointers from the roots, never entering `exclude` (-1 for none). `order` is the queue
    // and ends up holding the steps in visit order; `reachesExcluded` tells whether some step points at `exclude`.
    private int Walk(ReadOnlySpan<int> roots, int exclude, Span<bool> seen, Span<int> order, out bool reachesExcluded)
    {
        var count = 0;
        foreach (var root in roots)
        {
            if (root >= 0 && root != exclude && !seen[root])
            {
                seen[root] = true;
                order[count++] = root;
            }
        }

        reachesExcluded = false;
        for (var head = 0; head < count; head++)
        {
            var current = order[head];
            for (var e = _edgeStart[current]; e < _edgeStart[current + 1]; e++)
            {
                var target = _edgeTargets[e];
                if (target < 0)
                {
                    continue;
                }

                if (target == exclude)
                {
                    reachesExcluded = true;
                }
                else if (!seen[target])
                {
                    seen[target] = true;
                    order[count++] = target;
                }
            }
        }

        return count;
    }

    private ImmutableArray<string> EndsAmong(ReadOnlySpan<int> steps)
    {
        var count = 0;
        foreach (var step in steps)
        {
            count += IsEndAt(step) ? 1 : 0;
        }

        if (count == 0)
        {
            return [];
        }

        var ends = new string[count];
        count = 0;
        foreach (var step in steps)
        {
            if (IsEndAt(step))
            {
                ends[count++] = _nodes[step].Id;
            }
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(ends);
    }

    private List<int> IndexesOf(IEnumerable<string> stepIds)
    {
        var indexes = new List<int>();
        foreach (var stepId in stepIds)
        {
            indexes.Add(IndexOf(stepId));
        }

        return indexes;
    }
}
