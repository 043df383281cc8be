namespace Argus.Server.Executions;

/// <summary>
/// Wakes the worker of this process at once (a submission through this process's API) instead of at its next poll.
/// Other processes still find the execution at their next poll.
/// </summary>
public sealed class ExecutionWorkerSignal
{
    private readonly SemaphoreSlim _wake = new(0, 1);

    /// <summary>Asks the worker to look for work now; cheap and safe to call from any thread, any number of times.</summary>
    public void Notify()
    {
        try
        {
            _wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // A wake-up is already pending; one is enough.
        }
    }

    /// <summary>Waits for <see cref="Notify"/> or until <paramref name="timeout"/> passes; true when notified.</summary>
    internal Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _wake.WaitAsync(timeout, cancellationToken);
}
