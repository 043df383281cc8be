using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Argus.ActuatorSim.Certificates;

namespace Argus.Execution.Tests.Capabilities.OpenC2;

/// <summary>
/// A consumer that answers every request with one fixed HTTP response, over TLS on 127.0.0.1: for the answers the
/// SLPF simulator never gives (403, 503, an HTML error page). Counts the requests it read.
/// </summary>
internal sealed class ScriptedConsumer : IAsyncDisposable
{
    private const int MaxRequestBytes = 64 * 1024;
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly string _response;
    private readonly Task _serving;
    private int _requests;

    public ScriptedConsumer(int httpStatus, string contentType, string body)
    {
        Certificate = SimulatorCertificates.CreateSelfSignedServer(TimeProvider.System);
        var bytes = Encoding.UTF8.GetByteCount(body);
        _response = $"HTTP/1.1 {httpStatus} Scripted\r\nContent-Type: {contentType}\r\nContent-Length: {bytes}\r\nConnection: close\r\n\r\n{body}";
        _listener.Start();
        _serving = ServeAsync();
    }

    public X509Certificate2 Certificate { get; }

    public Uri BaseUri => new($"https://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}");

    public int Requests => Volatile.Read(ref _requests);

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient connection;
            try
            {
                connection = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            using (connection)
            {
                await AnswerAsync(connection);
            }
        }
    }

    private async Task AnswerAsync(TcpClient connection)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
        timeout.CancelAfter(TimeSpan.FromSeconds(20));
        await using var tls = new SslStream(connection.GetStream());
        try
        {
            await tls.AuthenticateAsServerAsync(new SslServerAuthenticationOptions
            {
                ServerCertificate = Certificate,
                EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
            }, timeout.Token);
            if (await ReadRequestAsync(tls, timeout.Token))
            {
                Interlocked.Increment(ref _requests);
                await tls.WriteAsync(Encoding.UTF8.GetBytes(_response), timeout.Token);
                await tls.FlushAsync(timeout.Token);
            }
        }
        catch (Exception ex) when (ex is IOException or AuthenticationException or OperationCanceledException)
        {
            // The client went away or refused our certificate: nothing to answer.
        }
    }

    /// <summary>Reads the head and a Content-Length body; false when the connection ended first.</summary>
    private static async Task<bool> ReadRequestAsync(Stream stream, CancellationToken cancellationToken)
    {
        var buffer = new byte[MaxRequestBytes];
        var length = 0;
        while (length < buffer.Length)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken);
            if (read == 0)
            {
                return false;
            }

            length += read;
            var text = Encoding.ASCII.GetString(buffer, 0, length);
            var headEnd = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            if (headEnd < 0)
            {
                continue;
            }

            var contentLength = text[..headEnd].Split("\r\n")
                .Where(line => line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                .Select(line => int.Parse(line["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture))
                .FirstOrDefault();
            if (length >= headEnd + 4 + contentLength)
            {
                return true;
            }
        }

        return false;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _serving;
        _stop.Dispose();
        Certificate.Dispose();
    }
}
