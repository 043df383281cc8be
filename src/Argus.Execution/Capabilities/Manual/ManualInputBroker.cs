using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace Argus.Execution.Capabilities.Manual;

/// <summary>Pairs manual questions of one execution with operators' answers.</summary>
public sealed class ManualInputBroker
{
    private readonly ConcurrentDictionary<string, (ManualRequest Request, TaskCompletionSource<ManualAnswer> Answer)> _pending =
        new(StringComparer.Ordinal);
    private readonly Func<ManualRequest, CancellationToken, ValueTask> _onRequested;

    public ManualInputBroker(Func<ManualRequest, CancellationToken, ValueTask> onRequested) => _onRequested = onRequested;

    public ImmutableArray<ManualRequest> Pending => [.. _pending.Values.Select(p => p.Request)];

    /// <summary>Asks and waits; the token (the step's timeout, cancellation, shutdown) ends the wait.</summary>
    public async Task<ManualAnswer> AskAsync(ManualRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var answer = new TaskCompletionSource<ManualAnswer>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_pending.TryAdd(request.RequestId, (request, answer)))
        {
            throw new ArgumentException($"The request {request.RequestId} is already pending.", nameof(request));
        }

        try
        {
            await _onRequested(request, cancellationToken).ConfigureAwait(false);
            return await answer.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _pending.TryRemove(request.RequestId, out _);
        }
    }

    /// <summary>Answers a pending request; false when no such request waits (answered, timed out, unknown).</summary>
    public bool Answer(string requestId, ManualAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return _pending.TryRemove(requestId, out var pending) && pending.Answer.TrySetResult(answer);
    }
}
