using System.Buffers;

namespace Argus.Cacao.Graph;

/// <summary>
/// Working space for one walk over a graph of <c>n</c> steps: a cleared visited mark and a queue per step. Small
/// graphs use the caller's stack space; larger ones rent arrays, which <see cref="Dispose"/> gives back.
/// </summary>
internal ref struct WalkScratch
{
    /// <summary>Graphs of up to this many steps are walked in the caller's stack space.</summary>
    public const int StackSteps = 64;

    private bool[]? _seen;
    private int[]? _order;

    /// <param name="stepCount">The number of steps in the graph.</param>
    /// <param name="stackSeen">The caller's stack space for the marks, used when it has room for every step.</param>
    /// <param name="stackOrder">The caller's stack space for the queue, used when it has room for every step.</param>
    public WalkScratch(int stepCount, Span<bool> stackSeen, Span<int> stackOrder)
    {
        if (stepCount <= stackSeen.Length && stepCount <= stackOrder.Length)
        {
            Seen = stackSeen[..stepCount];
            Order = stackOrder[..stepCount];
        }
        else
        {
            _seen = ArrayPool<bool>.Shared.Rent(stepCount);
            _order = ArrayPool<int>.Shared.Rent(stepCount);
            Seen = _seen.AsSpan(0, stepCount);
            Order = _order.AsSpan(0, stepCount);
        }

        Seen.Clear();
    }

    /// <summary>One visited mark per step, all false at first.</summary>
    public Span<bool> Seen { get; }

    /// <summary>Room for every step once: the walk's queue and visit order.</summary>
    public Span<int> Order { get; }

    public void Dispose()
    {
        if (_seen is not null)
        {
            ArrayPool<bool>.Shared.Return(_seen);
            _seen = null;
        }

        if (_order is not null)
        {
            ArrayPool<int>.Shared.Return(_order);
            _order = null;
        }
    }
}
