using System.Text.Json;
using Argus.Storage.Executions;

namespace Argus.Server.Streaming;

/// <summary>The JSON <c>data</c> of the execution event stream's events.</summary>
internal static class ExecutionEventData
{
    /// <summary><c>status</c>: the seed-exact record under <c>record</c>, Argus's bookkeeping beside it.</summary>
    public static void WriteStatus(Utf8JsonWriter json, StoredStepInvocation invocation)
    {
        json.WriteStartObject();
        json.WritePropertyName("record");
        json.WriteRawValue(invocation.RecordJson); // as stored, byte for byte (the engine wrote it redacted)
        json.WriteString("executionId", invocation.ExecutionId.ToString("D"));
        json.WriteString("invocationKey", invocation.InvocationKey);
        json.WriteString("stepId", invocation.StepId);
        json.WriteString("stepType", invocation.StepType);
        json.WriteString("branchPath", invocation.BranchPath);
        if (invocation.Iteration is { } iteration)
        {
            json.WriteNumber("iteration", iteration);
        }
        else
        {
            json.WriteNull("iteration");
        }

        json.WriteBoolean("exported", invocation.ProducesStatusRecord);
        json.WriteNumber("sequence", invocation.Sequence);
        json.WriteNumber("changeSequence", invocation.ChangeSequence);
        json.WriteEndObject();
    }

    /// <summary><c>execution</c> and <c>end</c>: where the execution stands.</summary>
    public static void WriteExecution(Utf8JsonWriter json, StoredExecution execution)
    {
        json.WriteStartObject();
        json.WriteString("id", execution.Id.ToString("D"));
        json.WriteString("playbookId", execution.PlaybookId);
        json.WriteString("playbookVersion", execution.PlaybookModified);
        json.WriteString("state", ToConstant(execution.State));
        json.WriteString("mode", execution.Mode == ExecutionMode.Live ? "LIVE" : "EXERCISE");
        if (execution.Reason is { } reason)
        {
            json.WriteString("reason", reason);
        }

        json.WriteNumber("attempt", execution.Attempt);
        json.WriteBoolean("cancelRequested", execution.CancelRequested);
        WriteTime(json, "startedAt", execution.StartedAt);
        WriteTime(json, "endedAt", execution.EndedAt);
        json.WriteEndObject();
    }

    /// <summary>The GraphQL spelling of a state (PENDING, …, REFUSED), so the stream and the API agree.</summary>
    public static string ToConstant(ExecutionState state) => state.ToString().ToUpperInvariant();

    private static void WriteTime(Utf8JsonWriter json, string name, DateTimeOffset? time)
    {
        if (time is { } value)
        {
            json.WriteString(name, value);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
