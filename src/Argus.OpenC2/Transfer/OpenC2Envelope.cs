using System.Buffers;
using System.Collections.Immutable;
using System.Text.Json;
using Argus.OpenC2.Language;
using Argus.OpenC2.Serialization;
using Argus.OpenC2.Validation;

namespace Argus.OpenC2.Transfer;

/// <summary>
/// The HTTPS v1.1 message envelope: <c>{"headers":{...},"body":{"openc2":{"request"|"response":{...}}}}</c>
/// (HTTPS transfer v1.1 §3.3.2). Reading never throws for bad input.
/// </summary>
public static class OpenC2Envelope
{
    public static byte[] WriteRequest(OpenC2MessageHeaders headers, OpenC2Command command) =>
        Write(headers, "request", w => OpenC2Writer.Write(w, command));

    /// <summary>Wraps a command already written as JSON (by <see cref="OpenC2Writer"/>) without re-serialising it.</summary>
    internal static byte[] WriteRequest(OpenC2MessageHeaders headers, byte[] commandJson) =>
        Write(headers, "request", w => w.WriteRawValue(commandJson, skipInputValidation: true));

    public static byte[] WriteResponse(OpenC2MessageHeaders headers, OpenC2Response response) =>
        Write(headers, "response", w => OpenC2Writer.Write(w, response));

    public static OpenC2ReadResult<OpenC2RequestMessage> ReadRequest(ReadOnlyMemory<byte> utf8Json, OpenC2ValidationOptions? options = null) =>
        Read(utf8Json, options, "request", (e, o, p) =>
        {
            var read = OpenC2Reader.ReadCommand(e, o, p);
            return (read.Value, read.Report);
        }, static (h, c) => new OpenC2RequestMessage(h, c));

    public static OpenC2ReadResult<OpenC2ResponseMessage> ReadResponse(ReadOnlyMemory<byte> utf8Json, OpenC2ValidationOptions? options = null) =>
        Read(utf8Json, options, "response", (e, o, p) =>
        {
            var read = OpenC2Reader.ReadResponse(e, o, p);
            return (read.Value, read.Report);
        }, static (h, r) => new OpenC2ResponseMessage(h, r));

    /// <summary>True when the JSON root has a <c>body</c> member, i.e. is an envelope rather than a bare message.</summary>
    public static bool LooksLikeEnvelope(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty("body", out _);

    internal static OpenC2ReadResult<TMessage> Read<TContent, TMessage>(ReadOnlyMemory<byte> utf8Json, OpenC2ValidationOptions? options,
        string kind, Func<JsonElement, OpenC2ValidationOptions, string, (TContent? Value, OpenC2ValidationReport Report)> readContent,
        Func<OpenC2MessageHeaders, TContent, TMessage> build)
        where TContent : class
        where TMessage : class
    {
        options ??= OpenC2ValidationOptions.Default;
        using var document = SafeJson.Parse(utf8Json, options, out var parseIssue);
        if (document is null)
        {
            return OpenC2ReadResult<TMessage>.Invalid(new OpenC2ValidationReport([parseIssue!]));
        }

        return ReadRoot(document.RootElement, options, kind, readContent, build);
    }

    /// <summary>Reads a response that is either an envelope or a bare v1.0 response, parsing once.</summary>
    internal static OpenC2ReadResult<OpenC2ResponseMessage> ReadAnyResponse(ReadOnlyMemory<byte> utf8Json, OpenC2ValidationOptions options)
    {
        using var document = SafeJson.Parse(utf8Json, options, out var parseIssue);
        if (document is null)
        {
            return OpenC2ReadResult<OpenC2ResponseMessage>.Invalid(new OpenC2ValidationReport([parseIssue!]));
        }

        if (LooksLikeEnvelope(document.RootElement))
        {
            return ReadRoot<OpenC2Response, OpenC2ResponseMessage>(document.RootElement, options, "response", (e, o, p) =>
            {
                var read = OpenC2Reader.ReadResponse(e, o, p);
                return (read.Value, read.Report);
            }, static (h, r) => new OpenC2ResponseMessage(h, r));
        }

        var bare = OpenC2Reader.ReadResponse(document.RootElement, options);
        return bare.IsValid
            ? new OpenC2ReadResult<OpenC2ResponseMessage>(new OpenC2ResponseMessage(OpenC2MessageHeaders.None, bare.Value), bare.Report)
            : OpenC2ReadResult<OpenC2ResponseMessage>.Invalid(bare.Report);
    }

    private static OpenC2ReadResult<TMessage> ReadRoot<TContent, TMessage>(JsonElement root, OpenC2ValidationOptions options,
        string kind, Func<JsonElement, OpenC2ValidationOptions, string, (TContent? Value, OpenC2ValidationReport Report)> readContent,
        Func<OpenC2MessageHeaders, TContent, TMessage> build)
        where TContent : class
        where TMessage : class
    {
        var issues = new List<OpenC2Issue>();
        if (!JsonChecks.IsRecord(root, "", issues, "A message", EnvelopeMembers, 0))
        {
            return OpenC2ReadResult<TMessage>.Invalid(new OpenC2ValidationReport([.. issues]));
        }

        var headers = root.TryGetProperty("headers", out var h) ? Headers(h, issues) : OpenC2MessageHeaders.None;
        JsonElement content = default;
        var found = root.TryGetProperty("body", out var body)
            && JsonChecks.IsChoice(body, "/body", issues, "body", out var openc2)
            && openc2.Name == "openc2"
            && JsonChecks.IsChoice(openc2.Value, "/body/openc2", issues, "body.openc2", out var chosen)
            && chosen.Name == kind
            && (content = chosen.Value).ValueKind != JsonValueKind.Undefined;
        if (!found)
        {
            issues.Add(new OpenC2Issue("/body", OpenC2IssueCodes.Required, $"The message needs body.openc2.{kind}."));
            return OpenC2ReadResult<TMessage>.Invalid(new OpenC2ValidationReport([.. issues]));
        }

        var (value, report) = readContent(content, options, $"/body/openc2/{kind}");
        issues.AddRange(report.Issues);
        return issues.Count == 0 && value is not null
            ? new OpenC2ReadResult<TMessage>(build(headers, value), OpenC2ValidationReport.Valid)
            : OpenC2ReadResult<TMessage>.Invalid(new OpenC2ValidationReport([.. issues]));
    }

    private static readonly IReadOnlySet<string> EnvelopeMembers = new HashSet<string>(StringComparer.Ordinal) { "headers", "body", "signature" };

    private static OpenC2MessageHeaders Headers(JsonElement headers, List<OpenC2Issue> issues)
    {
        if (!JsonChecks.IsObject(headers, "/headers", issues, "headers"))
        {
            return OpenC2MessageHeaders.None;
        }

        string? requestId = null, from = null;
        long? created = null;
        var to = ImmutableArray<string>.Empty;
        foreach (var member in headers.EnumerateObject())
        {
            var at = JsonChecks.Append("/headers", member.Name);
            switch (member.Name)
            {
                case "request_id" when JsonChecks.IsString(member.Value, at, issues, "request_id"):
                    requestId = member.Value.GetString();
                    break;
                case "from" when JsonChecks.IsString(member.Value, at, issues, "from"):
                    from = member.Value.GetString();
                    break;
                case "created" when JsonChecks.IsInteger(member.Value, at, issues, "created", 0, long.MaxValue, out var ms):
                    created = ms;
                    break;
                case "to" when member.Value.ValueKind == JsonValueKind.String:
                    to = [member.Value.GetString()!];
                    break;
                case "to" when member.Value.ValueKind == JsonValueKind.Array
                               && member.Value.EnumerateArray().All(i => i.ValueKind == JsonValueKind.String):
                    to = [.. member.Value.EnumerateArray().Select(i => i.GetString()!)];
                    break;
                case "to":
                    issues.Add(new OpenC2Issue(at, OpenC2IssueCodes.WrongType, "to is an array of strings."));
                    break;
            }
        }

        return new OpenC2MessageHeaders { RequestId = requestId, Created = created, From = from, To = to };
    }

    private static byte[] Write(OpenC2MessageHeaders headers, string kind, Action<Utf8JsonWriter> writeContent)
    {
        var buffer = new ArrayBufferWriter<byte>(384);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            if (!headers.IsEmpty)
            {
                writer.WriteStartObject("headers");
                if (headers.RequestId is { } id)
                {
                    writer.WriteString("request_id", id);
                }

                if (headers.Created is { } created)
                {
                    writer.WriteNumber("created", created);
                }

                if (headers.From is { } from)
                {
                    writer.WriteString("from", from);
                }

                if (!headers.To.IsDefaultOrEmpty)
                {
                    writer.WriteStartArray("to");
                    foreach (var to in headers.To)
                    {
                        writer.WriteStringValue(to);
                    }

                    writer.WriteEndArray();
                }

                writer.WriteEndObject();
            }

            writer.WriteStartObject("body");
            writer.WriteStartObject("openc2");
            writer.WritePropertyName(kind);
            writeContent(writer);
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
