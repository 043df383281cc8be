using System.Collections.Immutable;
using System.Text.Json;
using Argus.Execution.Status;
using Argus.Storage.Executions;

namespace Argus.Server.GraphQL.Executions;

/// <summary>
/// One stored execution-status record read back from its seed-exact JSON, so that every typed field is what the
/// JSON says (storage keeps the JSON, written by the engine, and does not interpret it).
/// </summary>
internal sealed record ExecutionStatusView
{
    public required StoredStepInvocation Invocation { get; init; }
    public required string Id { get; init; }
    public required string Type { get; init; }
    public required string WorkflowId { get; init; }
    public required string WorkflowStep { get; init; }
    public required string StartTime { get; init; }
    public long? Duration { get; init; }
    public required ExecutionStatus Status { get; init; }
    public string? StatusText { get; init; }
    public string? ExecutedBy { get; init; }
    public required ImmutableArray<string> CommandB64 { get; init; }
    public string? Notes { get; init; }
    public required bool AutomatedExecution { get; init; }

    /// <summary>Reads <see cref="StoredStepInvocation.RecordJson"/>; a record that is not the seed's shape is a
    /// defect of whoever wrote it, not a client error, and throws.</summary>
    public static ExecutionStatusView From(StoredStepInvocation invocation)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        using var document = JsonDocument.Parse(invocation.RecordJson);
        var root = document.RootElement;
        var statusName = Required(root, "status");
        if (!ExecutionStatusNames.TryParse(statusName, out var status))
        {
            throw new InvalidDataException($"Stored record {invocation.RecordId} has an unknown status.");
        }

        return new ExecutionStatusView
        {
            Invocation = invocation,
            Id = Required(root, "id"),
            Type = Required(root, "type"),
            WorkflowId = Required(root, "workflow_id"),
            WorkflowStep = Required(root, "workflow_step"),
            StartTime = Required(root, "start_time"),
            Duration = root.TryGetProperty("duration", out var duration) ? duration.GetInt64() : null,
            Status = status,
            StatusText = Optional(root, "status_text"),
            ExecutedBy = Optional(root, "executed_by"),
            CommandB64 = root.TryGetProperty("command_b64", out var commands)
                ? [.. commands.EnumerateArray().Select(c => c.GetString() ?? "")]
                : [],
            Notes = Optional(root, "notes"),
            AutomatedExecution = root.TryGetProperty("automated_execution", out var automated) && automated.GetBoolean(),
        };
    }

    private static string Required(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.GetString() is { } text
            ? text
            : throw new InvalidDataException($"A stored execution-status record lacks {name}.");

    private static string? Optional(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) ? value.GetString() : null;
}
