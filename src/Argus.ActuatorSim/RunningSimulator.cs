using System.Collections.Concurrent;
using System.Security.Cryptography.X509Certificates;
using Argus.ActuatorSim.Slpf;
using Argus.OpenC2.Transfer;
using Microsoft.AspNetCore.Builder;

namespace Argus.ActuatorSim;

/// <summary>A started simulator: where it listens, its certificate, its rule state and what it received.</summary>
public sealed class RunningSimulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedRequest> _received;
    private readonly bool _ownsCertificate;

    internal RunningSimulator(WebApplication app, Uri baseUri, SimulatorOptions options, X509Certificate2 certificate,
        bool ownsCertificate, SlpfRuleTable rules, ConcurrentQueue<ReceivedRequest> received)
    {
        _app = app;
        BaseUri = baseUri;
        Options = options;
        ServerCertificate = certificate;
        _ownsCertificate = ownsCertificate;
        Rules = rules;
        _received = received;
    }

    /// <summary><c>https://127.0.0.1:&lt;port&gt;</c>.</summary>
    public Uri BaseUri { get; }

    public SimulatorOptions Options { get; }

    /// <summary>The HTTPS v1.1 endpoint, <c>/.well-known/openc2</c>.</summary>
    public Uri V1_1Uri => new(BaseUri, OpenC2ContentTypes.WellKnownPath);

    /// <summary>The HTTPS v1.0 endpoint, <see cref="SimulatorOptions.V1_0Path"/>.</summary>
    public Uri V1_0Uri => new(BaseUri, Options.V1_0Path);

    /// <summary>The server certificate (a producer trusts it, or the CA that issued it).</summary>
    public X509Certificate2 ServerCertificate { get; }

    /// <summary>SHA-256 fingerprint of <see cref="ServerCertificate"/>, upper-case hex.</summary>
    public string ServerCertificateSha256 => OpenC2CertificateTrust.Sha256Fingerprint(ServerCertificate);

    public SlpfRuleTable Rules { get; }

    /// <summary>Every request received so far, in arrival order.</summary>
    public IReadOnlyList<ReceivedRequest> Received => [.. _received];

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        if (_ownsCertificate)
        {
            ServerCertificate.Dispose();
        }
    }
}
