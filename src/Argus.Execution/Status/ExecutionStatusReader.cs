using System.Collections.Immutable;
using System.Text.Json;

namespace Argus.Execution.Status;

/// <summary>
/// Reads execution-status objects back from JSON (a stored record, to replay a resumed execution). Accepts the
/// seed schema's misspelt status names through <see cref="ExecutionStatusNames.TryParse"/>.
/// </summary>
public static class ExecutionStatusReader
{
    /// <summary>The record, or null when the text is not an execution-status object with the required properties.</summary>
    public static ExecutionStatusRecord? Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            return Read(document.RootElement);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The record, or null when the element lacks a required property or has one of the wrong type.</summary>
    public static ExecutionStatusRecord? Read(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object
            || Text(element, "type") != ExecutionStatusRecord.TypeName
            || Text(element, "id") is not { } id
            || Text(element, "workflow_id") is not { } workflowId
            || Text(element, "workflow_step") is not { } workflowStep
            || !CacaoTimestamp.TryParse(Text(element, "start_time"), out var startTime)
            || !ExecutionStatusNames.TryParse(Text(element, "status"), out var status)
            || Commands(element) is not { } commands
            || !element.TryGetProperty("automated_execution", out var automated)
            || automated.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            return null;
        }

        long? duration = element.TryGetProperty("duration", out var durationElement)
            && durationElement.ValueKind == JsonValueKind.Number && durationElement.TryGetInt64(out var milliseconds)
            ? milliseconds
            : null;
        return new ExecutionStatusRecord
        {
            Id = id,
            WorkflowId = workflowId,
            WorkflowStep = workflowStep,
            StartTime = startTime,
            Duration = duration,
            Status = status,
            StatusText = Text(element, "status_text"),
            ExecutedBy = Text(element, "executed_by"),
            CommandB64 = commands,
            Notes = Text(element, "notes"),
            AutomatedExecution = automated.GetBoolean(),
        };
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static ImmutableArray<string>? Commands(JsonElement element)
    {
        if (!element.TryGetProperty("command_b64", out var array) || array.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var commands = ImmutableArray.CreateBuilder<string>(array.GetArrayLength());
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String)
            {
                return null;
            }

            commands.Add(item.GetString() ?? "");
        }

        return commands.MoveToImmutable();
    }
}
