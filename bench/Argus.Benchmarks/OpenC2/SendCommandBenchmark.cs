using System.Net;
using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using Argus.ActuatorSim;
using Argus.OpenC2.Language;
using Argus.OpenC2.Transfer;
using BenchmarkDotNet.Attributes;

namespace Argus.Benchmarks.OpenC2;

/// <summary>
/// Commands per second to the in-process SLPF simulator over loopback HTTPS (TLS, one pooled connection, sequential):
/// <see cref="OpenC2Client.SendAsync(OpenC2Command, CancellationToken)"/> (validate, envelope, send, read and validate
/// the response) next to a plain <see cref="HttpClient"/> loop posting the same envelope bytes with the same headers
/// and handler settings. Commands/s = 1 s / Mean; read <c>Ratio</c> (client time / plain time).
/// </summary>
[MemoryDiagnoser]
public class SendCommandBenchmark
{
    private static readonly OpenC2Command Command = new(OpenC2Action.Query,
        new OpenC2Target.Features([OpenC2Feature.Versions, OpenC2Feature.Profiles]));

    private RunningSimulator? _simulator;
    private OpenC2Client? _client;
    private HttpClient? _plain;
    private Uri? _uri;
    private byte[] _body = [];

    [GlobalSetup]
    public async Task StartAsync()
    {
        _simulator = await ActuatorSimulator.StartAsync(new SimulatorOptions(), CancellationToken.None);
        var anchors = new X509Certificate2Collection { _simulator.ServerCertificate };
        _client = new OpenC2Client(new OpenC2Endpoint(_simulator.BaseUri) { TrustedCertificateAuthorities = anchors });
        _uri = _simulator.V1_1Uri;
        _body = OpenC2Envelope.WriteRequest(new OpenC2MessageHeaders { RequestId = "2f1b6c1e-4a0e-4c53-9a43-7b0a4c1a9e10", Created = 1_700_000_000_000 }, Command);
        var serverCertificate = _simulator.ServerCertificate;
        _plain = new HttpClient(new SocketsHttpHandler
        {
            SslOptions = new SslClientAuthenticationOptions
            {
                EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
                RemoteCertificateValidationCallback = (_, certificate, _, _) =>
                    certificate is not null && certificate.GetCertHash().AsSpan().SequenceEqual(serverCertificate.GetCertHash()),
            },
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
            AllowAutoRedirect = false,
            UseCookies = false,
            UseProxy = false,
            AutomaticDecompression = DecompressionMethods.None,
        })
        { Timeout = Timeout.InfiniteTimeSpan };
    }

    [GlobalCleanup]
    public async Task StopAsync()
    {
        _client?.Dispose();
        _plain?.Dispose();
        if (_simulator is not null)
        {
            await _simulator.DisposeAsync();
        }
    }

    [Benchmark(Baseline = true, Description = "plain HttpClient, same bytes")]
    public async Task<int> PlainHttpClient()
    {
        var content = new ByteArrayContent(_body);
        content.Headers.TryAddWithoutValidation("Content-Type", OpenC2ContentTypes.V1_1);
        using var request = new HttpRequestMessage(HttpMethod.Post, _uri) { Content = content };
        request.Headers.TryAddWithoutValidation("Accept", OpenC2ContentTypes.V1_1);
        request.Headers.TryAddWithoutValidation("Cache-Control", "no-cache");
        request.Headers.TryAddWithoutValidation("X-Request-ID", "2f1b6c1e-4a0e-4c53-9a43-7b0a4c1a9e10");
        using var response = await _plain!.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return bytes.Length;
    }

    [Benchmark(Description = "OpenC2Client.SendAsync")]
    public async Task<int> OpenC2ClientSend()
    {
        var result = await _client!.SendAsync(Command, CancellationToken.None);
        return result is OpenC2SendResult.Response response ? response.Message.Response.Status : -1;
    }
}
