using System.Collections.Concurrent;
using Argus.ActuatorSim.Slpf;
using Argus.OpenC2.Language;
using Argus.OpenC2.Serialization;
using Argus.OpenC2.Transfer;
using Microsoft.AspNetCore.Http;

namespace Argus.ActuatorSim.Http;

/// <summary>The consumer side of both HTTPS transfer specifications, with the quirks of <see cref="SimulatorOptions"/>.</summary>
internal sealed class OpenC2RequestHandler(SimulatorOptions options, SlpfActuator actuator, ConcurrentQueue<ReceivedRequest> received,
    CancellationToken stopping)
{
    private const int MaxBodyBytes = 1024 * 1024;
    private const string SimulatorName = "argus-actuator-sim";

    // Tolerant like real consumers: the actuator may come under 'profile' (yuuki, LS v2.0 drafts).
    private static readonly OpenC2.Validation.OpenC2ValidationOptions Validation =
        OpenC2.Validation.OpenC2ValidationOptions.Default with { AcceptProfileMember = true };

    public Task HandleV1_1Async(HttpContext context) => HandleAsync(context, isV1_1: true);

    public Task HandleV1_0Async(HttpContext context) => HandleAsync(context, isV1_1: false);

    private async Task HandleAsync(HttpContext context, bool isV1_1)
    {
        var request = context.Request;
        var body = await ReadBodyAsync(request, context.RequestAborted).ConfigureAwait(false);
        var xRequestId = request.Headers["X-Request-ID"].ToString() is { Length: > 0 } x ? x : null;
        received.Enqueue(new ReceivedRequest(request.Method, request.Path.Value ?? "", Header(request, "Content-Type"),
            Header(request, "Accept"), Header(request, "Cache-Control"), xRequestId, Header(request, "Authorization"),
            context.Connection.ClientCertificate?.Subject, body ?? []));

        var reply = new Reply(context, isV1_1, xRequestId, options);
        if (options.RequiredAuthorization is { } required && Header(request, "Authorization") != required)
        {
            await reply.SendAsync(new OpenC2Response(OpenC2StatusCode.Unauthorized) { StatusText = "Unauthorized." }, OpenC2MessageHeaders.None)
                .ConfigureAwait(false);
            return;
        }

        var expected = isV1_1 ? OpenC2ContentTypes.V1_1 : OpenC2ContentTypes.V1_0Command;
        var contentType = Header(request, "Content-Type");
        if (options.ExactContentTypeMatch ? contentType != expected : !OpenC2ContentTypes.IsSameMediaType(contentType, expected))
        {
            var status = options.ExactContentTypeMatch ? StatusCodes.Status400BadRequest : StatusCodes.Status415UnsupportedMediaType;
            await reply.SendStatusOnlyAsync(status).ConfigureAwait(false);
            return;
        }

        if (options.HangFor is { } hang && !await HangAsync(hang, context.RequestAborted).ConfigureAwait(false))
        {
            return;
        }

        if (body is null)
        {
            await reply.SendAsync(new OpenC2Response(OpenC2StatusCode.BadRequest) { StatusText = "Message too large." }, OpenC2MessageHeaders.None)
                .ConfigureAwait(false);
            return;
        }

        await ProcessAsync(reply, body, isV1_1, xRequestId).ConfigureAwait(false);
    }

    private async Task ProcessAsync(Reply reply, byte[] body, bool isV1_1, string? xRequestId)
    {
        OpenC2Command? command;
        var requestHeaders = OpenC2MessageHeaders.None;
        OpenC2.Validation.OpenC2ValidationReport report;
        if (isV1_1)
        {
            var read = OpenC2Envelope.ReadRequest(body, Validation);
            command = read.Value?.Command;
            requestHeaders = read.Value?.Headers ?? OpenC2MessageHeaders.None;
            report = read.Report;
        }
        else
        {
            var read = OpenC2Reader.ReadCommand(body, Validation);
            command = read.Value;
            report = read.Report;
        }

        // HTTPS v1.1 §3.3.3: with no request_id in the command, the X-Request-ID value goes into the response headers.
        var responseHeaders = new OpenC2MessageHeaders
        {
            RequestId = requestHeaders.RequestId ?? xRequestId,
            Created = options.TimeProvider.GetUtcNow().ToUnixTimeMilliseconds(),
            From = SimulatorName,
            To = requestHeaders.From is { } from ? [from] : [],
        };

        if (command is null)
        {
            await reply.SendAsync(SlpfActuator.ValidationError(report), responseHeaders).ConfigureAwait(false);
            return;
        }

        var response = actuator.Execute(command, body);
        switch (command.ResponseRequested)
        {
            case OpenC2ResponseRequested.None when options.NoContentForResponseRequestedNone:
                await reply.SendStatusOnlyAsync(StatusCodes.Status204NoContent).ConfigureAwait(false);
                return;
            case OpenC2ResponseRequested.Ack when options.ProcessingForAck:
                response = new OpenC2Response(OpenC2StatusCode.Processing) { StatusText = "Processing." };
                break;
        }

        await reply.SendAsync(response, responseHeaders).ConfigureAwait(false);
    }

    private async Task<bool> HangAsync(TimeSpan hang, CancellationToken aborted)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(aborted, stopping);
        try
        {
            await Task.Delay(hang, options.TimeProvider, linked.Token).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException) when (linked.IsCancellationRequested)
        {
            // The client gave up or the simulator stops: nobody is waiting for an answer.
            return false;
        }
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static string? Header(HttpRequest request, string name) =>
        request.Headers.TryGetValue(name, out var values) ? values.ToString() : null;

    /// <summary>Writes one answer in the format of the transfer version the request came in.</summary>
    private sealed class Reply(HttpContext context, bool isV1_1, string? xRequestId, SimulatorOptions options)
    {
        public async Task SendAsync(OpenC2Response response, OpenC2MessageHeaders headers)
        {
            var http = context.Response;
            // A 1xx status cannot end an HTTP exchange: "accepted" travels in the body (notes §0.4).
            http.StatusCode = options.BodyStatusDiffersFromHttpStatus || response.Status == OpenC2StatusCode.Processing
                ? StatusCodes.Status200OK
                : response.Status;
            CommonHeaders();
            http.Headers.ContentType = isV1_1 ? OpenC2ContentTypes.V1_1 : OpenC2ContentTypes.V1_0Response;
            var bytes = isV1_1 ? OpenC2Envelope.WriteResponse(headers, response) : SlpfActuator.Serialize(response);
            http.ContentLength = bytes.Length;
            await http.Body.WriteAsync(bytes, context.RequestAborted).ConfigureAwait(false);
        }

        public Task SendStatusOnlyAsync(int status)
        {
            context.Response.StatusCode = status;
            CommonHeaders();
            return Task.CompletedTask;
        }

        private void CommonHeaders()
        {
            var headers = context.Response.Headers;
            headers.CacheControl = "no-cache";
            if (xRequestId is not null && !options.OmitRequestIdHeader)
            {
                headers["X-Request-ID"] = xRequestId;
            }
        }
    }
}
