namespace Argus.Server.Executions;

/// <summary>
/// Whether this process still holds an execution's lease. Once lost (a write or a renewal found another holder),
/// the run stops at once and writes nothing more: the new holder owns the execution's records.
/// </summary>
internal sealed class LeaseGuard : IDisposable
{
    private readonly CancellationTokenSource _lost = new();

    /// <summary>Fires when the lease is lost.</summary>
    public CancellationToken LostToken => _lost.Token;

    public bool IsLost => _lost.IsCancellationRequested;

    public void MarkLost() => _lost.Cancel();

    public void Dispose() => _lost.Dispose();
}
