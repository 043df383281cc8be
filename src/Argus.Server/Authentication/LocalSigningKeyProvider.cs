using Argus.Server.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Argus.Server.Authentication;

/// <summary>Holds the local signing key, loaded (or created) before the server accepts requests.</summary>
public sealed class LocalSigningKeyProvider(IOptions<ArgusServerOptions> server, IOptions<ArgusAuthenticationOptions> authentication)
    : IHostedLifecycleService
{
    private LocalSigningKey? _key;

    /// <summary>The key, or null before start (and in OIDC mode), when no local token validates.</summary>
    public LocalSigningKey? Current => Volatile.Read(ref _key);

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        if (authentication.Value.UsesOidc)
        {
            return;
        }

        var key = await LocalSigningKeyStore.LoadOrCreateAsync(server.Value.DataDirectory, cancellationToken).ConfigureAwait(false);
        Volatile.Write(ref _key, key);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
