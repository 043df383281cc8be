using System.Buffers;
using System.Text.Json;
using Argus.OpenC2.Language;

namespace Argus.OpenC2.Serialization;

/// <summary>
/// Writes commands and responses as LS v1.0 JSON: member names of the spec, absent members omitted, strings (addresses,
/// hashes in their case) exactly as held in the model, extension content verbatim.
/// </summary>
public static partial class OpenC2Writer
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = false, SkipValidation = false };

    public static byte[] ToUtf8Bytes(OpenC2Command command, OpenC2ActuatorMember actuatorMember = OpenC2ActuatorMember.Actuator)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            Write(writer, command, actuatorMember);
        }

        return buffer.WrittenSpan.ToArray();
    }

    public static byte[] ToUtf8Bytes(OpenC2Response response)
    {
        var buffer = new ArrayBufferWriter<byte>(128);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            Write(writer, response);
        }

        return buffer.WrittenSpan.ToArray();
    }

    public static void Write(Utf8JsonWriter writer, OpenC2Command command, OpenC2ActuatorMember actuatorMember = OpenC2ActuatorMember.Actuator)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(command);
        writer.WriteStartObject();
        writer.WriteString("action", OpenC2Vocabulary.ActionName(command.Action));
        writer.WritePropertyName("target");
        WriteTarget(writer, command.Target);
        if (command.Args is { IsEmpty: false } args)
        {
            writer.WritePropertyName("args");
            WriteArgs(writer, args);
        }

        if (command.Actuator is { } actuator)
        {
            writer.WriteStartObject(actuatorMember == OpenC2ActuatorMember.Profile ? "profile" : "actuator");
            writer.WritePropertyName(actuator.Profile);
            actuator.Specifiers.WriteTo(writer);
            writer.WriteEndObject();
        }

        if (command.CommandId is { } commandId)
        {
            writer.WriteString("command_id", commandId);
        }

        writer.WriteEndObject();
    }

    public static void Write(Utf8JsonWriter writer, OpenC2Response response)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(response);
        writer.WriteStartObject();
        writer.WriteNumber("status", response.Status);
        if (response.StatusText is { } text)
        {
            writer.WriteString("status_text", text);
        }

        if (response.Results is { IsEmpty: false } results)
        {
            writer.WritePropertyName("results");
            WriteResults(writer, results);
        }

        writer.WriteEndObject();
    }

    private static void WriteArgs(Utf8JsonWriter writer, OpenC2Args args)
    {
        writer.WriteStartObject();
        WriteNumber(writer, "start_time", args.StartTime);
        WriteNumber(writer, "stop_time", args.StopTime);
        WriteNumber(writer, "duration", args.Duration);
        if (args.ResponseRequested is { } requested)
        {
            writer.WriteString("response_requested", OpenC2Vocabulary.ResponseRequestedName(requested));
        }

        foreach (var (nsid, value) in args.Profiles.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.WritePropertyName(nsid);
            value.WriteTo(writer);
        }

        writer.WriteEndObject();
    }

    private static void WriteResults(Utf8JsonWriter writer, OpenC2Results results)
    {
        writer.WriteStartObject();
        WriteStrings(writer, "versions", results.Versions);
        WriteStrings(writer, "profiles", results.Profiles);
        if (results.Pairs is { } pairs)
        {
            writer.WriteStartObject("pairs");
            foreach (var action in OpenC2Vocabulary.ActionNames)
            {
                if (pairs.TryGetValue(action, out var targets))
                {
                    WriteStrings(writer, action, targets);
                }
            }

            writer.WriteEndObject();
        }

        if (results.RateLimit is { } rateLimit)
        {
            writer.WriteNumber("rate_limit", rateLimit);
        }

        foreach (var (nsid, value) in results.Extensions.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.WritePropertyName(nsid);
            value.WriteTo(writer);
        }

        writer.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter writer, string name, long? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
    }

    private static void WriteString(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string>? values)
    {
        if (values is null)
        {
            return;
        }

        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
