using System.Collections.Immutable;
using Argus.Storage;
using Argus.Storage.Executions;

namespace Argus.Server.Tests.Executions;

/// <summary>Real <c>argus serve</c> processes on one database: a SIGKILL in the middle of 100 executions, and two
/// processes sharing 1,000 executions on PostgreSQL.</summary>
public sealed class ExecutionCrashTests
{
    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task KillServe_MidHundredExecutions_NextProcessFinishesAllAndMarksEveryInterruptedStep(StorageProvider provider)
    {
        await using var database = ExecutionTestDatabase.Create(provider);
        await using var storage = await database.OpenStorageAsync();
        var client = await StoredExecutionsClient.ForNewOrganisationAsync(storage);
        var playbook = new ExecutionTestPlaybook { Actions = 3, Parallel = true, StepDelayMs = 2000 };
        await client.ImportAsync(playbook);
        var ids = new List<Guid>();
        for (var i = 0; i < 100; i++)
        {
            ids.Add((await client.SubmitAsync(playbook)).Id);
        }

        ImmutableDictionary<Guid, ImmutableArray<StoredStepInvocation>> atKill;
        using (var first = ServeProcess.Start(database, "crash-first", maxConcurrent: 100))
        {
            // Mid-run: parallel steps of many executions are ongoing (their branches wait out their delays).
            await StoredExecutionsClient.WaitForAsync(() => SnapshotAsync(client, ids),
                snapshot => snapshot.Values.Count(rows => rows.Any(r => r.Status == "ongoing")) >= 20, "executions mid-run");
            first.Kill();
            atKill = await SnapshotAsync(client, ids);
        }

        using var second = ServeProcess.Start(database, "crash-second", maxConcurrent: 100);
        var ended = new List<StoredExecution>();
        foreach (var id in ids)
        {
            ended.Add(await client.WaitUntilFinalAsync(id));
        }

        var after = await SnapshotAsync(client, ids);
        var interrupted = atKill.SelectMany(e => e.Value).Where(r => r.Status is "ongoing" or "await_user_input").ToArray();
        Assert.NotEmpty(interrupted);
        Assert.All(ended, e => Assert.Equal(ExecutionState.Completed, e.State));
        Assert.All(after.Values, rows => Assert.Equal(rows.Length, rows.Select(r => r.InvocationKey).Distinct().Count()));
        Assert.All(after.Values, rows => Assert.Equal(playbook.Actions, rows.Count(r => r.StepType == "action")));
        Assert.All(interrupted, old =>
        {
            var rerun = after[old.ExecutionId].Single(r => r.RecordId == old.RecordId);
            Assert.Equal("successfully_executed", rerun.Status);
            Assert.Contains("again", ExecutionWorkerTests.RecordProperty(rerun, "notes"), StringComparison.OrdinalIgnoreCase);
        });
        Assert.All(interrupted.Select(r => r.ExecutionId).Distinct(), id => Assert.True(ended.Single(e => e.Id == id).Attempt >= 2));
    }

    [Fact]
    public async Task TwoServeProcesses_OnePostgres_CompleteThousandExecutionsEachExactlyOnce()
    {
        await using var database = ExecutionTestDatabase.Postgres();
        await using var storage = await database.OpenStorageAsync();
        var client = await StoredExecutionsClient.ForNewOrganisationAsync(storage);
        var playbook = new ExecutionTestPlaybook { Actions = 2, StepDelayMs = 10 };
        await client.ImportAsync(playbook);
        // Leases long enough that a busy machine never lets one run out: this test is about sharing, not crashes.
        using var first = ServeProcess.Start(database, "share-first", maxConcurrent: 32, leaseSeconds: 30);
        using var second = ServeProcess.Start(database, "share-second", maxConcurrent: 32, leaseSeconds: 30);

        var ids = new List<Guid>();
        for (var i = 0; i < 1000; i++)
        {
            ids.Add((await client.SubmitAsync(playbook)).Id);
        }

        await StoredExecutionsClient.WaitForAsync(() => OpenCountAsync(client), open => open == 0, "1,000 executions to end");
        // The JSON console logger writes asynchronously: wait (bounded) until both processes' claim lines are read.
        await StoredExecutionsClient.WaitForAsync(
            () => Task.FromResult(first.ClaimedExecutions().Count + second.ClaimedExecutions().Count), n => n >= ids.Count, "claim log lines");

        var claimedByFirst = first.ClaimedExecutions();
        var claimedBySecond = second.ClaimedExecutions();
        Assert.Empty(first.LoggedExecutions(5104).Concat(second.LoggedExecutions(5104)));
        Assert.NotEmpty(claimedByFirst);
        Assert.NotEmpty(claimedBySecond);
        Assert.Empty(claimedByFirst.GroupBy(id => id).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.Empty(claimedBySecond.GroupBy(id => id).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.Empty(claimedByFirst.Intersect(claimedBySecond));
        Assert.Equal(ids.Order(), claimedByFirst.Concat(claimedBySecond).Order());
        foreach (var id in ids)
        {
            var execution = await client.GetAsync(id);
            var rows = await client.InvocationsAsync(id);
            Assert.Equal(ExecutionState.Completed, execution.State);
            Assert.Equal(1, execution.Attempt);
            Assert.Equal(playbook.Actions + 2, rows.Length);
            Assert.Equal(rows.Length, rows.Select(r => r.InvocationKey).Distinct().Count());
        }
    }

    private static async Task<ImmutableDictionary<Guid, ImmutableArray<StoredStepInvocation>>> SnapshotAsync(
        StoredExecutionsClient client, IEnumerable<Guid> ids)
    {
        var snapshot = ImmutableDictionary.CreateBuilder<Guid, ImmutableArray<StoredStepInvocation>>();
        foreach (var id in ids)
        {
            snapshot[id] = await client.InvocationsAsync(id);
        }

        return snapshot.ToImmutable();
    }

    private static async Task<int> OpenCountAsync(StoredExecutionsClient client)
    {
        var open = 0;
        foreach (var state in new[] { ExecutionState.Pending, ExecutionState.Running })
        {
            var page = await client.Storage.Executions.ListAsync(client.Scope,
                new ExecutionQuery { State = state, PageSize = 1 }, TestContext.Current.CancellationToken);
            open += page.Items.Length;
        }

        return open;
    }
}
