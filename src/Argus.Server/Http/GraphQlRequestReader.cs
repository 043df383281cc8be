using System.Buffers;
using System.Text.Json;
using Argus.OpenC2.Serialization;
using GraphQL;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace Argus.Server.Http;

/// <summary>Reads a GraphQL-over-HTTP request (POST JSON body, or GET query string) within the size limit.</summary>
internal sealed class GraphQlRequestReader(IGraphQLTextSerializer serializer)
{
    private static readonly JsonDocumentOptions JsonOptions = new() { MaxDepth = 64 };

    public async Task<GraphQlReadResult> ReadAsync(HttpContext http, long maxBodyBytes, CancellationToken cancellationToken)
    {
        if (HttpMethods.IsGet(http.Request.Method))
        {
            var query = http.Request.Query;
            return FromQueryString(query["query"], query["operationName"], query["variables"], query["extensions"]);
        }

        if (!IsJson(http.Request.ContentType))
        {
            return new GraphQlReadResult.Rejected(StatusCodes.Status415UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE",
                "Send the request as application/json.");
        }

        if (http.Request.ContentLength > maxBodyBytes)
        {
            return TooLarge(maxBodyBytes);
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = maxBodyBytes;
        }

        var body = await ReadBoundedAsync(http.Request.Body, maxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return TooLarge(maxBodyBytes);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, JsonOptions);
        }
        catch (JsonException)
        {
            return BadRequest("The request body is not valid JSON.");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return BadRequest("The request body must be a JSON object (batched requests are not supported).");
            }

            // Text the parser accepts but that does not decode would throw wherever it is read, variables included.
            if (IJsonText.FindUndecodable(root) is not null)
            {
                return BadRequest(NotUnicode);
            }

            var query = StringProperty(root, "query", out var queryOk);
            var operationName = StringProperty(root, "operationName", out var nameOk);
            if (!queryOk || !nameOk)
            {
                return BadRequest("query and operationName must be strings.");
            }

            return Create(query, operationName,
                root.TryGetProperty("variables", out var variables) ? variables : null,
                root.TryGetProperty("extensions", out var extensions) ? extensions : null,
                isGet: false);
        }
    }

    private const string NotUnicode =
        "The request holds text that is not valid Unicode (bytes that are not UTF-8, or an escaped lone surrogate such as \\ud800).";

    private static GraphQlReadResult TooLarge(long maxBodyBytes) =>
        new GraphQlReadResult.Rejected(StatusCodes.Status413PayloadTooLarge, "REQUEST_TOO_LARGE",
            $"The request body exceeds {maxBodyBytes} bytes.");

    private static GraphQlReadResult.Rejected BadRequest(string message) =>
        new(StatusCodes.Status400BadRequest, "BAD_REQUEST", message);

    private GraphQlReadResult FromQueryString(string? query, string? operationName, string? variables, string? extensions)
    {
        if (!TryParseJson(variables, out var variablesElement) || !TryParseJson(extensions, out var extensionsElement))
        {
            return BadRequest("The variables and extensions parameters must be JSON objects.");
        }

        if ((variablesElement is { } v && IJsonText.FindUndecodable(v) is not null)
            || (extensionsElement is { } e && IJsonText.FindUndecodable(e) is not null))
        {
            return BadRequest(NotUnicode);
        }

        return Create(query, operationName, variablesElement, extensionsElement, isGet: true);
    }

    /// <summary>Parses an optional JSON text; false only when text is present and not JSON.</summary>
    private static bool TryParseJson(string? text, out JsonElement? element)
    {
        element = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        try
        {
            using var parsed = JsonDocument.Parse(text, JsonOptions);
            element = parsed.RootElement.Clone();
            return true;
        }
        catch (JsonException)
        {
            return false; // malformed client input: a 400, not a failure
        }
    }

    private GraphQlReadResult Create(string? query, string? operationName, JsonElement? variables, JsonElement? extensions, bool isGet)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return BadRequest("The request has no query.");
        }

        if (!IsObjectOrNull(variables) || !IsObjectOrNull(extensions))
        {
            return BadRequest("variables and extensions must be JSON objects.");
        }

        return new GraphQlReadResult.Parsed(new GraphQlHttpRequest(query, operationName,
            ToInputs(variables), ToInputs(extensions), isGet));
    }

    private Inputs? ToInputs(JsonElement? element) =>
        element is { ValueKind: JsonValueKind.Object } value ? serializer.ReadNode<Inputs>(value) : null;

    private static bool IsObjectOrNull(JsonElement? element) =>
        element is null || element.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Null;

    private static string? StringProperty(JsonElement root, string name, out bool ok)
    {
        ok = true;
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        ok = value.ValueKind == JsonValueKind.String;
        return ok ? value.GetString() : null;
    }

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed)
        && parsed.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase);

    private static async Task<byte[]?> ReadBoundedAsync(Stream body, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null; // Kestrel's own body limit tripped first
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }
}
