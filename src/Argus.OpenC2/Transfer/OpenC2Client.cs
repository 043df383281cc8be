using System.Net;
using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Argus.OpenC2.Language;
using Argus.OpenC2.Serialization;
using Argus.OpenC2.Validation;

namespace Argus.OpenC2.Transfer;

/// <summary>
/// An OpenC2 producer for one actuator over HTTPS (transfer v1.1 by default, v1.0 when the endpoint says so). Holds one
/// pooled <see cref="SocketsHttpHandler"/> for its <see cref="OpenC2Endpoint"/>: create one per endpoint and reuse it.
/// Thread-safe. A command is never retried: a timeout or broken connection is reported, since the consumer may have
/// executed it.
/// </summary>
public sealed partial class OpenC2Client : IDisposable
{
    private readonly OpenC2ClientOptions _options;
    private readonly OpenC2Validator _validator;
    private readonly HttpClient _http;
    private readonly Uri _requestUri;
    private readonly string _contentType;
    private readonly string _accept;
    private readonly string? _authorization;

    public OpenC2Client(OpenC2Endpoint endpoint, OpenC2ClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        if (endpoint.BaseUri.Scheme != Uri.UriSchemeHttps)
        {
            throw new ArgumentException("OpenC2 over HTTPS needs an https:// base URI.", nameof(endpoint));
        }

        Endpoint = endpoint;
        _options = options ?? OpenC2ClientOptions.Default;
        _validator = new OpenC2Validator(_options.Validation);
        _requestUri = endpoint.RequestUri;
        var isV1_1 = endpoint.Transfer == OpenC2TransferVersion.V1_1;
        _contentType = isV1_1 ? OpenC2ContentTypes.V1_1 : OpenC2ContentTypes.V1_0Command;
        _accept = isV1_1 ? OpenC2ContentTypes.V1_1 : OpenC2ContentTypes.V1_0Response;
        _authorization = endpoint.Authentication.HeaderValue;
        _http = new HttpClient(CreateHandler(endpoint), disposeHandler: true) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
    }

    public OpenC2Endpoint Endpoint { get; }

    /// <summary>Validates <paramref name="command"/>, sends it once and reads the answer.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (not a timeout).</exception>
    public Task<OpenC2SendResult> SendAsync(OpenC2Command command, CancellationToken cancellationToken) =>
        SendAsync(command, OpenC2SendOptions.Default, cancellationToken);

    /// <inheritdoc cref="SendAsync(OpenC2Command, CancellationToken)"/>
    public Task<OpenC2SendResult> SendAsync(OpenC2Command command, OpenC2SendOptions? sendOptions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var requestId = sendOptions?.RequestId ?? _options.RequestIds();
        var commandJson = OpenC2Writer.ToUtf8Bytes(command);
        using (var document = JsonDocument.Parse(commandJson))
        {
            var report = _validator.ValidateCommand(document.RootElement);
            if (!report.IsValid)
            {
                return Task.FromResult<OpenC2SendResult>(new OpenC2SendResult.InvalidCommand(requestId, report));
            }
        }

        if (Endpoint.ActuatorMember != OpenC2ActuatorMember.Actuator && command.Actuator is not null)
        {
            commandJson = OpenC2Writer.ToUtf8Bytes(command, Endpoint.ActuatorMember);
        }

        var body = Endpoint.Transfer == OpenC2TransferVersion.V1_1
            ? OpenC2Envelope.WriteRequest(new OpenC2MessageHeaders
            {
                RequestId = requestId,
                Created = _options.TimeProvider.GetUtcNow().ToUnixTimeMilliseconds(),
                From = Endpoint.From,
            }, commandJson)
            : commandJson;
        return SendBodyAsync(body, (sendOptions ?? OpenC2SendOptions.Default) with { RequestId = requestId }, cancellationToken);
    }

    /// <summary>
    /// Posts <paramref name="body"/> verbatim (an envelope for v1.1, a bare command for v1.0: e.g. the decoded
    /// <c>content_b64</c> of a CACAO <c>openc2-http</c> command) with the endpoint's headers, and reads the answer.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (not a timeout).</exception>
    public async Task<OpenC2SendResult> SendBodyAsync(ReadOnlyMemory<byte> body, OpenC2SendOptions? sendOptions, CancellationToken cancellationToken)
    {
        var requestId = sendOptions?.RequestId ?? _options.RequestIds();
        var timeout = sendOptions?.Timeout ?? Endpoint.Timeout;
        using var request = CreateRequest(body, requestId);
        // One token for "the caller gave up or the time is up"; a caller's cancellation is told apart afterwards.
        using var deadline = _options.TimeProvider == TimeProvider.System
            ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken)
            : null;
        using var timeoutSource = deadline is null ? new CancellationTokenSource(timeout, _options.TimeProvider) : null;
        using var linked = deadline ?? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeoutSource!.Token);
        deadline?.CancelAfter(timeout);
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
            var bytes = await ReadBodyAsync(response.Content, linked.Token).ConfigureAwait(false);
            return Interpret(requestId, response, bytes);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && linked.IsCancellationRequested)
        {
            return new OpenC2SendResult.Timeout(requestId, timeout);
        }
        catch (HttpRequestException ex) when (!cancellationToken.IsCancellationRequested)
        {
            return new OpenC2SendResult.TransportError(requestId, Classify(ex), Describe(ex));
        }
    }

    public void Dispose() => _http.Dispose();

    private HttpRequestMessage CreateRequest(ReadOnlyMemory<byte> body, string requestId)
    {
        var content = new ReadOnlyMemoryContent(body);
        // Set once, never read back: reading Headers.ContentType makes .NET re-render "; version=1.0" (notes §0.3).
        content.Headers.TryAddWithoutValidation("Content-Type", _contentType);
        var request = new HttpRequestMessage(HttpMethod.Post, _requestUri) { Content = content, Version = HttpVersion.Version11 };
        var headers = request.Headers;
        headers.TryAddWithoutValidation("Accept", _accept);
        headers.TryAddWithoutValidation("Cache-Control", "no-cache");
        headers.TryAddWithoutValidation("X-Request-ID", requestId);
        if (_authorization is not null)
        {
            headers.TryAddWithoutValidation("Authorization", _authorization);
        }

        return request;
    }

    private static SocketsHttpHandler CreateHandler(OpenC2Endpoint endpoint)
    {
        var ssl = new SslClientAuthenticationOptions
        {
            // HTTPS transfer §3.1: TLS 1.2 or 1.3, nothing older.
            EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
            RemoteCertificateValidationCallback = (_, certificate, chain, errors) =>
                IsServerCertificateAccepted(endpoint, certificate as X509Certificate2, chain, errors),
        };
        if (endpoint.ClientCertificate is { } clientCertificate)
        {
            ssl.ClientCertificates = [clientCertificate];
            // Send our certificate whatever issuer list the server names; the server decides.
            ssl.LocalCertificateSelectionCallback = (_, _, _, _, _) => clientCertificate;
        }

        return new SocketsHttpHandler
        {
            SslOptions = ssl,
            ConnectTimeout = endpoint.Timeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
            AllowAutoRedirect = false,
            UseCookies = false,
            UseProxy = endpoint.UseProxy,
            AutomaticDecompression = DecompressionMethods.None,
        };
    }

    private static bool IsServerCertificateAccepted(OpenC2Endpoint endpoint, X509Certificate2? certificate, X509Chain? chain,
        SslPolicyErrors errors)
    {
        if (certificate is null)
        {
            return false;
        }

        if (endpoint.PinnedServerCertificateSha256 is { } pin)
        {
            return string.Equals(OpenC2CertificateTrust.Sha256Fingerprint(certificate), pin.Replace(":", "", StringComparison.Ordinal),
                StringComparison.OrdinalIgnoreCase);
        }

        if (endpoint.TrustedCertificateAuthorities is not { Count: > 0 } anchors)
        {
            return errors == SslPolicyErrors.None;
        }

        // Custom trust replaces the root store only: a wrong host name or a missing certificate still fails.
        if ((errors & ~SslPolicyErrors.RemoteCertificateChainErrors) != SslPolicyErrors.None)
        {
            return false;
        }

        var intermediates = new X509Certificate2Collection();
        if (chain is not null)
        {
            intermediates.AddRange(chain.ChainPolicy.ExtraStore);
        }

        return OpenC2CertificateTrust.ChainsTo(certificate, anchors, OpenC2CertificateTrust.ServerAuthentication, intermediates);
    }

    private static OpenC2TransportFailure Classify(HttpRequestException exception) => exception.HttpRequestError switch
    {
        HttpRequestError.SecureConnectionError => OpenC2TransportFailure.Tls,
        HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.ProxyTunnelError
            => OpenC2TransportFailure.Connection,
        _ when exception.InnerException is AuthenticationException => OpenC2TransportFailure.Tls,
        _ => OpenC2TransportFailure.Protocol,
    };

    private static string Describe(HttpRequestException exception) =>
        exception.InnerException is { } inner ? $"{exception.Message} ({inner.Message})" : exception.Message;
}
