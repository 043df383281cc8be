using System.Buffers;

namespace Argus.Cacao.Graph;

/// <summary>
/// Pooled working space for one walk over a graph of <c>n</c> steps: a cleared visited mark and a queue per step.
/// Dispose it to give the arrays back.
/// </summary>
internal ref struct WalkScratch
{
    private bool[]? _seen;
    private int[]? _order;

    public WalkScratch(int stepCount)
    {
        _seen = ArrayPool<bool>.Shared.Rent(stepCount);
        _order = ArrayPool<int>.Shared.Rent(stepCount);
        Seen = _seen.AsSpan(0, stepCount);
        Order = _order.AsSpan(0, stepCount);
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
