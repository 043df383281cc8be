using System.Text;
using Argus.OpenC2.Language;

namespace Argus.OpenC2.Transfer;

/// <summary>Reading the answer: the OpenC2 status comes from the body (notes §0.4), never from the status line alone.</summary>
public sealed partial class OpenC2Client
{
    private const int ErrorExcerptCharacters = 1024;

    private OpenC2SendResult Interpret(string requestId, HttpResponseMessage response, byte[]? body)
    {
        var httpStatus = (int)response.StatusCode;
        var isSuccess = httpStatus is >= 200 and < 300;
        if (body is null)
        {
            return new OpenC2SendResult.MalformedResponse(requestId, httpStatus,
                [new Validation.OpenC2Issue("", Validation.OpenC2IssueCodes.TooLarge, $"The response exceeds {_options.MaxResponseBytes} bytes.")]);
        }

        if (isSuccess && (httpStatus == 204 || body.Length == 0))
        {
            return new OpenC2SendResult.NoResponse(requestId, httpStatus);
        }

        var read = OpenC2Envelope.ReadAnyResponse(body, _options.Validation);
        if (!read.IsValid)
        {
            return isSuccess
                ? new OpenC2SendResult.MalformedResponse(requestId, httpStatus, read.Report.Issues)
                : new OpenC2SendResult.HttpError(requestId, httpStatus, Excerpt(body));
        }

        var message = read.Value;
        if (message.Response.Status == OpenC2StatusCode.Processing)
        {
            return new OpenC2SendResult.Accepted(requestId, message, httpStatus);
        }

        var echoed = message.Headers.RequestId
            ?? (response.Headers.TryGetValues("X-Request-ID", out var values) ? values.FirstOrDefault() : null);
        return new OpenC2SendResult.Response(requestId, message, httpStatus, echoed);
    }

    private async Task<byte[]?> ReadBodyAsync(HttpContent content, CancellationToken cancellationToken)
    {
        // The common case: a declared length within the limit is read in one exact-size buffer.
        if (content.Headers.ContentLength is { } length)
        {
            return length <= _options.MaxResponseBytes
                ? await content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false)
                : null;
        }

        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[4096];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > _options.MaxResponseBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
    }

    private static string Excerpt(byte[] body)
    {
        var text = Encoding.UTF8.GetString(body);
        return text.Length <= ErrorExcerptCharacters ? text : text[..ErrorExcerptCharacters];
    }
}
