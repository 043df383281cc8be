using System.Text;
using System.Text.Json;

namespace Argus.Execution.Status;

/// <summary>Writes execution-status objects as JSON with exactly the seed's property names.</summary>
public static class ExecutionStatusWriter
{
    public static void Write(Utf8JsonWriter writer, ExecutionStatusRecord record)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(record);
        writer.WriteStartObject();
        writer.WriteString("type", record.Type);
        writer.WriteString("id", record.Id);
        writer.WriteString("workflow_id", record.WorkflowId);
        writer.WriteString("workflow_step", record.WorkflowStep);
        writer.WriteString("start_time", CacaoTimestamp.Format(record.StartTime));
        if (record.Duration is { } duration)
        {
            writer.WriteNumber("duration", duration);
        }

        writer.WriteString("status", ExecutionStatusNames.ToName(record.Status));
        WriteOptional(writer, "status_text", record.StatusText);
        WriteOptional(writer, "executed_by", record.ExecutedBy);
        writer.WriteStartArray("command_b64");
        foreach (var command in record.CommandB64)
        {
            writer.WriteStringValue(command);
        }

        writer.WriteEndArray();
        WriteOptional(writer, "notes", record.Notes);
        writer.WriteBoolean("automated_execution", record.AutomatedExecution);
        writer.WriteEndObject();
    }

    public static void WriteArray(Utf8JsonWriter writer, IEnumerable<ExecutionStatusRecord> records)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(records);
        writer.WriteStartArray();
        foreach (var record in records)
        {
            Write(writer, record);
        }

        writer.WriteEndArray();
    }

    public static string ToJson(IEnumerable<ExecutionStatusRecord> records, bool indented = true)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented }))
        {
            WriteArray(writer, records);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static string ToJson(ExecutionStatusRecord record)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, record);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
