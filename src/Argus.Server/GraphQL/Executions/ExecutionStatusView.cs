using Argus.Execution.Status;
using Argus.Storage.Executions;

namespace Argus.Server.GraphQL.Executions;

/// <summary>
/// One stored step invocation with its execution-status record read back from the seed-exact JSON, so that every typed
/// field is what the JSON says (storage keeps the JSON, written by the engine, and does not interpret it).
/// </summary>
/// <param name="Invocation">The stored invocation: Argus's bookkeeping and the record's JSON.</param>
/// <param name="Record">The record as <see cref="ExecutionStatusReader"/> reads that JSON.</param>
internal sealed record ExecutionStatusView(StoredStepInvocation Invocation, ExecutionStatusRecord Record)
{
    /// <summary>Reads <see cref="StoredStepInvocation.RecordJson"/>; a record that is not the seed's shape is a
    /// defect of whoever wrote it, not a client error, and throws.</summary>
    public static ExecutionStatusView From(StoredStepInvocation invocation)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var record = ExecutionStatusReader.Read(invocation.RecordJson)
            ?? throw new InvalidDataException($"Stored record {invocation.RecordId} is not an execution-status object.");
        return new ExecutionStatusView(invocation, record);
    }
}
