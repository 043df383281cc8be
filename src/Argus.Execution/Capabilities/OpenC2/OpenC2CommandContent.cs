using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Argus.Cacao.Model.Commands;
using Argus.OpenC2.Serialization;
using Argus.OpenC2.Transfer;
using Argus.OpenC2.Validation;

namespace Argus.Execution.Capabilities.OpenC2;

/// <summary>
/// Reads the OpenC2 command of a CACAO <c>openc2-http</c> (or <c>openc2</c>) command: <c>content_b64</c> (RFC 4648 §4),
/// else plain <c>content</c>, holding a bare command or an HTTPS v1.1 envelope whose <c>body.openc2.request</c> is taken.
/// The engine uses the same reading for the record's <c>command_b64</c>, so the record shows what is sent.
/// </summary>
internal static class OpenC2CommandContent
{
    /// <summary>
    /// LS v1.0 plus SLPF and well-formed extensions; <c>profile</c> is accepted in place of <c>actuator</c> because the
    /// CACAO-ext example and yuuki use it (notes §0.5). The wire form follows the endpoint's actuator member.
    /// </summary>
    public static OpenC2ValidationOptions Validation { get; } = OpenC2ValidationOptions.Default with { AcceptProfileMember = true };

    public static bool IsOpenC2(CommandData command) =>
        command.Type is OpenC2HttpCapability.CommandTypeName or OpenC2HttpCapability.AlternativeCommandTypeName;

    public static OpenC2ContentRead Read(CommandData command)
    {
        ArgumentNullException.ThrowIfNull(command);
        byte[] bytes;
        if (command.ContentBase64 is { } encoded)
        {
            var buffer = new byte[encoded.Length];
            if (!Convert.TryFromBase64String(encoded, buffer, out var length))
            {
                return new OpenC2ContentRead.Invalid("content_b64 is not base64 (RFC 4648 §4).");
            }

            bytes = buffer[..length];
        }
        else if (command.Content is { } content)
        {
            bytes = Encoding.UTF8.GetBytes(content);
        }
        else
        {
            return new OpenC2ContentRead.Invalid("The command has no content_b64 holding the OpenC2 command.");
        }

        return ReadJson(bytes);
    }

    /// <summary>
    /// The command as it is sent (compact JSON, actuator under <c>actuator</c>), for the record's <c>command_b64</c>;
    /// null when <paramref name="command"/> is not an OpenC2 command or carries nothing valid to send.
    /// </summary>
    public static string? RecordText(CommandData command)
    {
        if (!IsOpenC2(command) || Read(command) is not OpenC2ContentRead.Valid valid)
        {
            return null;
        }

        // Relaxed escaping keeps strings as written ('+' not '\u002B'), so the engine's secret redaction finds them.
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            OpenC2Writer.Write(writer, valid.Command);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static OpenC2ContentRead ReadJson(byte[] bytes)
    {
        if (bytes.Length > Validation.MaxDocumentBytes)
        {
            return new OpenC2ContentRead.Invalid($"The OpenC2 content exceeds {Validation.MaxDocumentBytes} bytes.");
        }

        bool isEnvelope;
        try
        {
            using var document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = Validation.MaxDepth });
            isEnvelope = OpenC2Envelope.LooksLikeEnvelope(document.RootElement);
        }
        catch (JsonException ex)
        {
            return new OpenC2ContentRead.Invalid($"The OpenC2 content is not JSON: {ex.Message}");
        }
        catch (InvalidOperationException)
        {
            // Looking for "body" decodes escaped member names, and one escapes a lone surrogate ("\ud800").
            return new OpenC2ContentRead.Invalid("The OpenC2 content is not valid Unicode: a member name escapes a lone UTF-16 surrogate.");
        }

        if (isEnvelope)
        {
            var message = OpenC2Envelope.ReadRequest(bytes, Validation);
            return message.IsValid
                ? new OpenC2ContentRead.Valid(message.Value.Command, WasEnvelope: true)
                : Problem(message.Report);
        }

        var read = OpenC2Reader.ReadCommand(bytes, Validation);
        return read.IsValid ? new OpenC2ContentRead.Valid(read.Value, WasEnvelope: false) : Problem(read.Report);
    }

    private static OpenC2ContentRead.Invalid Problem(OpenC2ValidationReport report)
    {
        var first = report.Issues[0];
        var more = report.Issues.Length > 1 ? $" (and {report.Issues.Length - 1} more)" : "";
        var at = first.Path.Length == 0 ? "the command" : first.Path;
        return new OpenC2ContentRead.Invalid($"The OpenC2 command is not valid: {at}: {first.Message}{more}");
    }
}
