using System.Collections.Immutable;
using System.Text.Json;
using Argus.Storage;
using Argus.Storage.Executions;

namespace Argus.Server.Tests.Executions;

/// <summary>The worker of a real in-memory host on a real database: submissions run to their end with every record
/// stored; run once per provider by <see cref="SqliteExecutionWorkerTests"/> and <see cref="PostgresExecutionWorkerTests"/>.</summary>
public abstract partial class ExecutionWorkerTests
{
    protected abstract StorageProvider Provider { get; }

    [Fact]
    public async Task Submit_ExerciseRun_CompletesWithEveryStepRecordedOnce()
    {
        await using var database = ExecutionTestDatabase.Create(Provider);
        await using var storage = await database.OpenStorageAsync();
        var client = await StoredExecutionsClient.ForNewOrganisationAsync(storage);
        var playbook = new ExecutionTestPlaybook { Actions = 2 };
        await client.ImportAsync(playbook);
        await using var host = WorkerHost.Start(database, "worker-a");

        var submitted = await client.SubmitAsync(playbook);
        var ended = await client.WaitUntilFinalAsync(submitted.Id);
        var invocations = await client.InvocationsAsync(submitted.Id);

        Assert.Equal(ExecutionState.Completed, ended.State);
        Assert.Equal(1, ended.Attempt);
        Assert.Equal(
            [playbook.StartStepId, playbook.ActionStepId(0), playbook.ActionStepId(1), playbook.EndStepId],
            invocations.OrderBy(i => i.Sequence).Select(i => i.StepId));
        Assert.All(invocations, i => Assert.Equal("successfully_executed", i.Status));
        Assert.All(invocations, i => Assert.Equal("successfully_executed", RecordProperty(i, "status")));
        Assert.Equal(invocations.Length, invocations.Select(i => i.InvocationKey).Distinct().Count());
        Assert.Equal([true, true], invocations.Where(i => i.StepType == "action").Select(i => i.ProducesStatusRecord));
    }

    [Fact]
    public async Task Submit_LiveRunWithoutCapabilityForItsCommands_EndsRefusedNamingTheCommandType()
    {
        await using var database = ExecutionTestDatabase.Create(Provider);
        await using var storage = await database.OpenStorageAsync();
        var client = await StoredExecutionsClient.ForNewOrganisationAsync(storage);
        var playbook = new ExecutionTestPlaybook { Actions = 1 };
        await client.ImportAsync(playbook);
        await using var host = WorkerHost.Start(database, "worker-a");

        var submitted = await client.SubmitAsync(playbook, ExecutionMode.Live);
        var ended = await client.WaitUntilFinalAsync(submitted.Id);

        Assert.Equal(ExecutionState.Refused, ended.State);
        Assert.Contains("'bash'", ended.Reason, StringComparison.Ordinal);
        Assert.Empty(await client.InvocationsAsync(submitted.Id));
    }

    [Fact]
    public async Task AnswerManual_StepAwaitingInput_CompletesWithTheOperatorsValues()
    {
        await using var database = ExecutionTestDatabase.Create(Provider);
        await using var storage = await database.OpenStorageAsync();
        var client = await StoredExecutionsClient.ForNewOrganisationAsync(storage);
        var playbook = new ExecutionTestPlaybook { Actions = 2, ManualAction = 1 };
        await client.ImportAsync(playbook);
        await using var host = WorkerHost.Start(database, "worker-a");
        var submitted = await client.SubmitAsync(playbook);

        var request = await client.WaitForManualRequestAsync(submitted.Id);
        var answered = await storage.Executions.AnswerManualAsync(client.Scope, submitted.Id, request.RequestId,
            new ManualAnswerSubmission("success", ImmutableDictionary<string, string>.Empty.Add(ExecutionTestPlaybook.AnswerVariable, "blocked")),
            TestContext.Current.CancellationToken);
        var ended = await client.WaitUntilFinalAsync(submitted.Id);
        var manualStep = (await client.InvocationsAsync(submitted.Id)).Single(i => i.StepId == playbook.ActionStepId(1));

        Assert.Equal(ExecutionChange.Done, answered);
        Assert.Equal(playbook.ActionStepId(1), request.StepId);
        Assert.Equal("Confirm the sender is blocked", request.Prompt);
        Assert.Equal([ExecutionTestPlaybook.AnswerVariable], request.ExpectedVariables);
        Assert.Equal(ExecutionState.Completed, ended.State);
        Assert.Equal("blocked", ended.FinalVariables?[ExecutionTestPlaybook.AnswerVariable]);
        Assert.Equal("successfully_executed", manualStep.Status);
        Assert.Equal("blocked", manualStep.Outputs[ExecutionTestPlaybook.AnswerVariable]);
    }

    [Fact]
    public async Task RequestCancel_StepAwaitingInput_EndsCancelledWithTheStepFailed()
    {
        await using var database = ExecutionTestDatabase.Create(Provider);
        await using var storage = await database.OpenStorageAsync();
        var client = await StoredExecutionsClient.ForNewOrganisationAsync(storage);
        var playbook = new ExecutionTestPlaybook { Actions = 1, ManualAction = 0 };
        await client.ImportAsync(playbook);
        await using var host = WorkerHost.Start(database, "worker-a");
        var submitted = await client.SubmitAsync(playbook);
        await client.WaitForManualRequestAsync(submitted.Id);

        var change = await storage.Executions.RequestCancelAsync(client.Scope, submitted.Id, TestContext.Current.CancellationToken);
        var ended = await client.WaitUntilFinalAsync(submitted.Id);
        var manualStep = (await client.InvocationsAsync(submitted.Id)).Single(i => i.StepId == playbook.ActionStepId(0));

        Assert.Equal(ExecutionChange.Done, change);
        Assert.Equal(ExecutionState.Cancelled, ended.State);
        Assert.Equal("failed", manualStep.Status);
    }

    internal static string? RecordProperty(StoredStepInvocation invocation, string name)
    {
        using var record = JsonDocument.Parse(invocation.RecordJson);
        return record.RootElement.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
    }
}
