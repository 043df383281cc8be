using System.Collections.Concurrent;

namespace Argus.OpenC2.Transfer;

/// <summary>
/// One <see cref="OpenC2Client"/> (one pooled handler) per distinct <see cref="OpenC2Endpoint"/>, created on first use
/// and reused for every later command to the same configuration. Thread-safe; disposing it disposes the clients.
/// </summary>
public sealed class OpenC2ClientCache(OpenC2ClientOptions? options = null) : IDisposable
{
    private readonly ConcurrentDictionary<OpenC2Endpoint, Lazy<OpenC2Client>> _clients = new();
    private bool _disposed;

    public int Count => _clients.Count;

    /// <exception cref="ObjectDisposedException">The cache was disposed.</exception>
    public OpenC2Client GetOrCreate(OpenC2Endpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _clients.GetOrAdd(endpoint, static (e, o) => new Lazy<OpenC2Client>(() => new OpenC2Client(e, o)), options).Value;
    }

    public void Dispose()
    {
        _disposed = true;
        foreach (var client in _clients.Values)
        {
            if (client.IsValueCreated)
            {
                client.Value.Dispose();
            }
        }

        _clients.Clear();
    }
}
