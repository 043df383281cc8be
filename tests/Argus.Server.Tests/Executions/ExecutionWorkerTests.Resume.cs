using System.Collections.Immutable;
using Argus.Execution.Engine;
using Argus.Server.Executions;
using Argus.Storage.Executions;
using Microsoft.Extensions.Logging.Abstractions;

namespace Argus.Server.Tests.Executions;

public abstract partial class ExecutionWorkerTests
{
    [Fact]
    public async Task StopHost_MidExecution_AnotherHostResumesRunningOnlyTheInterruptedStepAgain()
    {
        await using var database = ExecutionTestDatabase.Create(Provider);
        await using var storage = await database.OpenStorageAsync();
        var client = await StoredExecutionsClient.ForNewOrganisationAsync(storage);
        var playbook = new ExecutionTestPlaybook { Actions = 2, ManualAction = 1 };
        await client.ImportAsync(playbook);
        var submitted = await client.SubmitAsync(playbook);
        var first = WorkerHost.Start(database, "worker-a");
        var request = await client.WaitForManualRequestAsync(submitted.Id);
        var before = await client.InvocationsAsync(submitted.Id);

        await first.DisposeAsync(); // orderly: the engine is interrupted and the lease released
        var released = await client.GetAsync(submitted.Id);
        // Answered while no process runs it: the resumed run must receive the stored answer.
        await storage.Executions.AnswerManualAsync(client.Scope, submitted.Id, request.RequestId,
            new ManualAnswerSubmission("success", ImmutableDictionary<string, string>.Empty.Add(ExecutionTestPlaybook.AnswerVariable, "done")),
            TestContext.Current.CancellationToken);
        await using var second = WorkerHost.Start(database, "worker-b");
        var ended = await client.WaitUntilFinalAsync(submitted.Id);
        var after = await client.InvocationsAsync(submitted.Id);

        Assert.Equal(ExecutionState.Pending, released.State);
        Assert.Equal(ExecutionState.Completed, ended.State);
        Assert.Equal(2, ended.Attempt);
        Assert.Equal("done", ended.FinalVariables?[ExecutionTestPlaybook.AnswerVariable]);
        Assert.Equal(after.Length, after.Select(i => i.InvocationKey).Distinct().Count());
        var finishedBefore = before.Where(i => i.Status == "successfully_executed").ToArray();
        Assert.Equal([playbook.StartStepId, playbook.ActionStepId(0)], finishedBefore.Select(i => i.StepId));
        Assert.All(finishedBefore, old => Assert.Equal(old.RecordJson, after.Single(i => i.RecordId == old.RecordId).RecordJson));
        var interrupted = before.Single(i => i.Status == "await_user_input");
        var rerun = after.Single(i => i.InvocationKey == interrupted.InvocationKey);
        Assert.Equal(interrupted.RecordId, rerun.RecordId);
        Assert.Equal("successfully_executed", rerun.Status);
        Assert.Contains("again", RecordProperty(rerun, "notes"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Run_LeaseTakenOverByAnotherWorker_StopsWithoutWritingAnything()
    {
        await using var database = ExecutionTestDatabase.Create(Provider);
        await using var storage = await database.OpenStorageAsync();
        var client = await StoredExecutionsClient.ForNewOrganisationAsync(storage);
        var playbook = new ExecutionTestPlaybook { Actions = 2 };
        await client.ImportAsync(playbook);
        var submitted = await client.SubmitAsync(playbook);
        var cancellationToken = TestContext.Current.CancellationToken;
        var stale = (await storage.ExecutionQueue.ClaimAsync("slow-worker", 1, TimeSpan.FromMilliseconds(200), cancellationToken)).Single();
        var current = await StoredExecutionsClient.WaitForAsync(
            () => storage.ExecutionQueue.ClaimAsync("next-worker", 1, TimeSpan.FromMinutes(5), cancellationToken),
            leases => !leases.IsEmpty, "the expired lease to be claimed again");
        var options = new ExecutionWorkerOptions();
        var run = new LeasedExecution(storage.ExecutionQueue, storage.Playbooks, new ExecutionCapabilities([]),
            new ExecutionOptions(), options, TimeProvider.System, NullLogger.Instance);

        await run.RunAsync(stale, cancellationToken);
        var execution = await client.GetAsync(submitted.Id);

        Assert.Equal(submitted.Id, current.Single().Execution.Id);
        Assert.Equal(ExecutionState.Running, execution.State);
        Assert.Equal(2, execution.Attempt);
        Assert.Empty(await client.InvocationsAsync(submitted.Id));
    }
}
