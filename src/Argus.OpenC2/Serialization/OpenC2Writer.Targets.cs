using System.Text.Json;
using Argus.OpenC2.Language;

namespace Argus.OpenC2.Serialization;

/// <summary>The target half of the writer: one JSON shape per LS v1.0 target type.</summary>
public static partial class OpenC2Writer
{
    private static void WriteTarget(Utf8JsonWriter writer, OpenC2Target target)
    {
        writer.WriteStartObject();
        writer.WritePropertyName(target.Name);
        switch (target)
        {
            case OpenC2Target.Artifact artifact:
                WriteArtifact(writer, artifact.Value);
                break;
            case OpenC2Target.Command command:
                writer.WriteStringValue(command.CommandId);
                break;
            case OpenC2Target.Device device:
                writer.WriteStartObject();
                WriteString(writer, "hostname", device.Value.Hostname);
                WriteString(writer, "idn_hostname", device.Value.IdnHostname);
                WriteString(writer, "device_id", device.Value.DeviceId);
                writer.WriteEndObject();
                break;
            case OpenC2Target.Features features:
                writer.WriteStartArray();
                foreach (var feature in features.Items)
                {
                    writer.WriteStringValue(OpenC2Vocabulary.FeatureName(feature));
                }

                writer.WriteEndArray();
                break;
            case OpenC2Target.File file:
                WriteFile(writer, file.Value);
                break;
            case OpenC2Target.Ipv4Connection connection:
                WriteConnection(writer, connection.Value);
                break;
            case OpenC2Target.Ipv6Connection connection:
                WriteConnection(writer, connection.Value);
                break;
            case OpenC2Target.Process process:
                WriteProcess(writer, process.Value);
                break;
            case OpenC2Target.Properties properties:
                writer.WriteStartArray();
                foreach (var property in properties.Items)
                {
                    writer.WriteStringValue(property);
                }

                writer.WriteEndArray();
                break;
            case OpenC2Target.Extension extension:
                extension.Value.WriteTo(writer);
                break;
            default:
                writer.WriteStringValue(StringValue(target));
                break;
        }

        writer.WriteEndObject();
    }

    private static string StringValue(OpenC2Target target) => target switch
    {
        OpenC2Target.DomainName t => t.Value,
        OpenC2Target.EmailAddr t => t.Value,
        OpenC2Target.IdnDomainName t => t.Value,
        OpenC2Target.IdnEmailAddr t => t.Value,
        OpenC2Target.Ipv4Net t => t.Value,
        OpenC2Target.Ipv6Net t => t.Value,
        OpenC2Target.MacAddr t => t.Value,
        OpenC2Target.Uri t => t.Value,
        OpenC2Target.Iri t => t.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(target), target.Name, "Not a string-valued target."),
    };

    private static void WriteArtifact(Utf8JsonWriter writer, OpenC2Artifact artifact)
    {
        writer.WriteStartObject();
        WriteString(writer, "mime_type", artifact.MimeType);
        switch (artifact.Payload)
        {
            case OpenC2Payload.Bin bin:
                writer.WriteStartObject("payload");
                writer.WriteString("bin", bin.Base64Url);
                writer.WriteEndObject();
                break;
            case OpenC2Payload.Url url:
                writer.WriteStartObject("payload");
                writer.WriteString("url", url.Value);
                writer.WriteEndObject();
                break;
        }

        WriteHashes(writer, artifact.Hashes);
        writer.WriteEndObject();
    }

    private static void WriteFile(Utf8JsonWriter writer, OpenC2File file)
    {
        writer.WriteStartObject();
        WriteString(writer, "name", file.Name);
        WriteString(writer, "path", file.Path);
        WriteHashes(writer, file.Hashes);
        writer.WriteEndObject();
    }

    private static void WriteHashes(Utf8JsonWriter writer, OpenC2Hashes? hashes)
    {
        if (hashes is null)
        {
            return;
        }

        writer.WriteStartObject("hashes");
        WriteString(writer, "md5", hashes.Md5);
        WriteString(writer, "sha1", hashes.Sha1);
        WriteString(writer, "sha256", hashes.Sha256);
        writer.WriteEndObject();
    }

    private static void WriteConnection(Utf8JsonWriter writer, OpenC2Connection connection)
    {
        writer.WriteStartObject();
        WriteString(writer, "src_addr", connection.SrcAddr);
        WriteNumber(writer, "src_port", connection.SrcPort);
        WriteString(writer, "dst_addr", connection.DstAddr);
        WriteNumber(writer, "dst_port", connection.DstPort);
        if (connection.Protocol is { } protocol)
        {
            writer.WriteString("protocol", OpenC2Vocabulary.ProtocolName(protocol));
        }

        writer.WriteEndObject();
    }

    private static void WriteProcess(Utf8JsonWriter writer, OpenC2Process process)
    {
        writer.WriteStartObject();
        WriteNumber(writer, "pid", process.Pid);
        WriteString(writer, "name", process.Name);
        WriteString(writer, "cwd", process.Cwd);
        if (process.Executable is { } executable)
        {
            writer.WritePropertyName("executable");
            WriteFile(writer, executable);
        }

        if (process.Parent is { } parent)
        {
            writer.WritePropertyName("parent");
            WriteProcess(writer, parent);
        }

        WriteString(writer, "command_line", process.CommandLine);
        writer.WriteEndObject();
    }
}
