using System.Collections.Immutable;
using Argus.Execution.Status;
using Argus.Storage.Executions;

namespace Argus.Server.Executions;

/// <summary>Converts the engine's step invocations to stored rows and back (for the replay of a resumed execution).</summary>
internal static class StoredInvocations
{
    public static StoredStepInvocation ToStored(StepInvocation invocation) => new()
    {
        ExecutionId = invocation.ExecutionId,
        RecordId = invocation.Record.Id,
        InvocationKey = invocation.Key,
        StepId = invocation.Record.WorkflowStep,
        StepType = invocation.StepType,
        BranchPath = invocation.BranchPath,
        Iteration = invocation.Iteration,
        Status = ExecutionStatusNames.ToName(invocation.Record.Status),
        RecordJson = ExecutionStatusWriter.ToJson(invocation.Record),
        ProducesStatusRecord = invocation.ProducesStatusRecord,
        Outputs = invocation.Outputs,
    };

    /// <summary>The stored invocations as the engine reported them; a row whose record cannot be read is left out
    /// (its step then runs again, which is what replay does for anything it has no finished record of).</summary>
    public static ImmutableArray<StepInvocation> ToStepInvocations(ImmutableArray<StoredStepInvocation> stored)
    {
        var invocations = ImmutableArray.CreateBuilder<StepInvocation>(stored.Length);
        foreach (var row in stored)
        {
            if (ExecutionStatusReader.Read(row.RecordJson) is { } record)
            {
                invocations.Add(new StepInvocation(row.ExecutionId, row.StepType, row.BranchPath, row.Iteration, record)
                {
                    Key = row.InvocationKey,
                    Outputs = row.Outputs,
                });
            }
        }

        return invocations.ToImmutable();
    }
}
