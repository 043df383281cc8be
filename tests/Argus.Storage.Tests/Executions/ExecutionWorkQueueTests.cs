using System.Collections.Immutable;
using Argus.Storage.Executions;
using Argus.Storage.Tests.Support;

namespace Argus.Storage.Tests.Executions;

/// <summary>Claims, leases and what a worker records; each test on a database of its own, run on both providers.</summary>
public abstract class ExecutionWorkQueueTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static readonly ImmutableDictionary<string, string?> NoVariables = ImmutableDictionary<string, string?>.Empty;

    protected abstract StorageTarget NewTarget();

    [Fact]
    public async Task ClaimRenewSaveComplete_OneWorker_RunsTheExecutionToItsEnd()
    {
        await using var run = ExecutionHarness.On(NewTarget());
        var org = Scopes.NewOrganisation();
        var playbook = await ExecutionData.ImportAsync(run.Storage, org, Token);
        var submitted = await ExecutionData.SubmitAsync(run.Storage, Scopes.Admin(org), playbook, Token);
        run.Clock.Advance(TimeSpan.FromSeconds(10));

        var lease = Assert.Single(await run.Queue.ClaimAsync("worker-a", 5, ExecutionData.Lease, Token));
        DateTimeOffset? claimedAt = run.Clock.GetUtcNow();
        run.Clock.Advance(TimeSpan.FromMinutes(4));
        var renewal = await run.Queue.RenewAsync(lease, ExecutionData.Lease, Token);
        var recordId = ExecutionData.NewRecordId();
        var saved = await run.Queue.SaveInvocationAsync(lease, ExecutionData.Invocation(submitted.Id, recordId), Token);
        // Past the first lease's end: the renewal is what keeps the lease.
        run.Clock.Advance(TimeSpan.FromMinutes(2));
        var updated = await run.Queue.SaveInvocationAsync(lease, ExecutionData.Invocation(submitted.Id, recordId, "successfully_executed"), Token);
        var completed = await run.Queue.CompleteAsync(
            lease, ExecutionState.Completed, null, NoVariables.Add("__result__", "done").Add("__unset__", null), Token);

        Assert.Equal((submitted.Id, "worker-a", 1, ExecutionState.Running, claimedAt), (lease.Execution.Id, lease.WorkerId, lease.Execution.Attempt, lease.Execution.State, lease.Execution.StartedAt));
        Assert.Equal(claimedAt + ExecutionData.Lease, lease.ExpiresAt);
        Assert.Empty(lease.PriorInvocations);
        Assert.Equal((LeaseRenewal.Held, true, true, true), (renewal, saved, updated, completed));
        var ended = await run.Store.GetAsync(Scopes.Admin(org), submitted.Id, Token);
        Assert.NotNull(ended);
        Assert.Equal((ExecutionState.Completed, (DateTimeOffset?)run.Clock.GetUtcNow(), claimedAt), (ended.State, ended.EndedAt, ended.StartedAt));
        Assert.Equal("done", ended.FinalVariables?["__result__"]);
        Assert.Null(ended.FinalVariables?["__unset__"]);
        var invocation = Assert.Single(await run.Store.GetInvocationsAsync(Scopes.Admin(org), submitted.Id, 0, Token));
        Assert.Equal(("successfully_executed", 1L, 2L, run.Clock.GetUtcNow()), (invocation.Status, invocation.Sequence, invocation.ChangeSequence, invocation.UpdatedAt));
        Assert.Empty(await run.Queue.ClaimAsync("worker-b", 5, ExecutionData.Lease, Token));
    }

    [Fact]
    public async Task ClaimAsync_SeveralPending_TakesOldestFirstUpToMaxCount()
    {
        await using var run = ExecutionHarness.On(NewTarget());
        var org = Scopes.NewOrganisation();
        var playbook = await ExecutionData.ImportAsync(run.Storage, org, Token);
        var submitted = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            run.Clock.Advance(TimeSpan.FromSeconds(1));
            submitted.Add((await ExecutionData.SubmitAsync(run.Storage, Scopes.Admin(org), playbook, Token)).Id);
        }

        var first = await run.Queue.ClaimAsync("worker-a", 2, ExecutionData.Lease, Token);
        var rest = await run.Queue.ClaimAsync("worker-a", 2, ExecutionData.Lease, Token);

        Assert.Equal(submitted.Take(2), first.Select(l => l.Execution.Id));
        Assert.Equal(submitted.Skip(2), rest.Select(l => l.Execution.Id));
    }

    [Fact]
    public async Task ClaimAsync_LeaseExpired_ReclaimedAsAttemptTwoWithPriorInvocationsAndRequests()
    {
        await using var run = ExecutionHarness.On(NewTarget());
        var org = Scopes.NewOrganisation();
        var playbook = await ExecutionData.ImportAsync(run.Storage, org, Token);
        var submitted = await ExecutionData.SubmitAsync(run.Storage, Scopes.Admin(org), playbook, Token);
        var crashed = Assert.Single(await run.Queue.ClaimAsync("worker-a", 1, ExecutionData.Lease, Token));
        DateTimeOffset? startedAt = run.Clock.GetUtcNow();
        var (firstRecord, secondRecord) = (ExecutionData.NewRecordId(), ExecutionData.NewRecordId());
        Assert.True(await run.Queue.SaveInvocationAsync(crashed, ExecutionData.Invocation(submitted.Id, firstRecord, "successfully_executed"), Token));
        Assert.True(await run.Queue.SaveInvocationAsync(crashed, ExecutionData.Invocation(submitted.Id, secondRecord), Token));
        Assert.True(await run.Queue.SaveManualRequestAsync(crashed, ExecutionData.ManualRequest(submitted.Id, "request-1", startedAt.Value), Token));

        var early = await run.Queue.ClaimAsync("worker-b", 1, ExecutionData.Lease, Token);
        run.Clock.Advance(ExecutionData.Lease + TimeSpan.FromSeconds(1));
        var resumed = Assert.Single(await run.Queue.ClaimAsync("worker-b", 1, ExecutionData.Lease, Token));

        Assert.Empty(early);
        Assert.Equal((submitted.Id, 2, "worker-b", startedAt), (resumed.Execution.Id, resumed.Execution.Attempt, resumed.WorkerId, resumed.Execution.StartedAt));
        Assert.Equal([firstRecord, secondRecord], resumed.PriorInvocations.Select(i => i.RecordId));
        Assert.Equal([1L, 2L], resumed.PriorInvocations.Select(i => i.Sequence));
        Assert.Equal("request-1", Assert.Single(resumed.PriorManualRequests).RequestId);
    }

    [Fact]
    public async Task StaleLeaseHolder_AfterAnotherWorkerReclaimed_EveryWriteReturnsFalseAndChangesNothing()
    {
        await using var run = ExecutionHarness.On(NewTarget());
        var org = Scopes.NewOrganisation();
        var playbook = await ExecutionData.ImportAsync(run.Storage, org, Token);
        var submitted = await ExecutionData.SubmitAsync(run.Storage, Scopes.Admin(org), playbook, Token);
        var stale = Assert.Single(await run.Queue.ClaimAsync("worker-a", 1, ExecutionData.Lease, Token));
        var record = ExecutionData.NewRecordId();
        Assert.True(await run.Queue.SaveInvocationAsync(stale, ExecutionData.Invocation(submitted.Id, record), Token));
        run.Clock.Advance(ExecutionData.Lease + TimeSpan.FromSeconds(1));
        var current = Assert.Single(await run.Queue.ClaimAsync("worker-b", 1, ExecutionData.Lease, Token));
        var before = await run.Store.GetAsync(Scopes.Admin(org), submitted.Id, Token);
        var invocationsBefore = await run.Store.GetInvocationsAsync(Scopes.Admin(org), submitted.Id, 0, Token);

        var renewal = await run.Queue.RenewAsync(stale, ExecutionData.Lease, Token);
        var saved = await run.Queue.SaveInvocationAsync(stale, ExecutionData.Invocation(submitted.Id, record, "failed"), Token);
        var savedNew = await run.Queue.SaveInvocationAsync(stale, ExecutionData.Invocation(submitted.Id, ExecutionData.NewRecordId()), Token);
        var requested = await run.Queue.SaveManualRequestAsync(stale, ExecutionData.ManualRequest(submitted.Id, "stale", run.Clock.GetUtcNow()), Token);
        var completed = await run.Queue.CompleteAsync(stale, ExecutionState.Failed, "stale", NoVariables, Token);
        await run.Queue.ReleaseAsync(stale, Token);

        Assert.Equal((LeaseRenewal.Lost, false, false, false, false), (renewal, saved, savedNew, requested, completed));
        Assert.Equal(before, await run.Store.GetAsync(Scopes.Admin(org), submitted.Id, Token));
        var invocationsAfter = await run.Store.GetInvocationsAsync(Scopes.Admin(org), submitted.Id, 0, Token);
        Assert.Equal(invocationsBefore.Select(i => (i.RecordId, i.Status, i.ChangeSequence)), invocationsAfter.Select(i => (i.RecordId, i.Status, i.ChangeSequence)));
        Assert.Equal(new ExecutionCounts(1, 1, 0, 2), await ExecutionCounts.ReadAsync(run.Target, org, Token));
        Assert.Equal(LeaseRenewal.Held, await run.Queue.RenewAsync(current, ExecutionData.Lease, Token));
    }

    [Fact]
    public async Task RenewAsync_LeaseRanOutButNotYetReclaimed_IsLost()
    {
        await using var run = ExecutionHarness.On(NewTarget());
        var org = Scopes.NewOrganisation();
        var playbook = await ExecutionData.ImportAsync(run.Storage, org, Token);
        var submitted = await ExecutionData.SubmitAsync(run.Storage, Scopes.Admin(org), playbook, Token);
        var lease = Assert.Single(await run.Queue.ClaimAsync("worker-a", 1, ExecutionData.Lease, Token));
        run.Clock.Advance(ExecutionData.Lease + TimeSpan.FromSeconds(1));

        var renewal = await run.Queue.RenewAsync(lease, ExecutionData.Lease, Token);
        var saved = await run.Queue.SaveInvocationAsync(lease, ExecutionData.Invocation(submitted.Id, ExecutionData.NewRecordId()), Token);

        Assert.Equal((LeaseRenewal.Lost, false), (renewal, saved));
        Assert.Empty(await run.Store.GetInvocationsAsync(Scopes.Admin(org), submitted.Id, 0, Token));
    }

    [Fact]
    public async Task SaveInvocationAsync_InsertsAndUpdates_SequenceKeepsFirstInsertChangeSequenceFollowsEveryWrite()
    {
        await using var run = ExecutionHarness.On(NewTarget());
        var org = Scopes.NewOrganisation();
        var playbook = await ExecutionData.ImportAsync(run.Storage, org, Token);
        var submitted = await ExecutionData.SubmitAsync(run.Storage, Scopes.Admin(org), playbook, Token);
        var lease = Assert.Single(await run.Queue.ClaimAsync("worker-a", 1, ExecutionData.Lease, Token));
        var (a, b) = (ExecutionData.NewRecordId(), ExecutionData.NewRecordId());

        Assert.True(await run.Queue.SaveInvocationAsync(lease, ExecutionData.Invocation(submitted.Id, a), Token));
        Assert.True(await run.Queue.SaveInvocationAsync(lease, ExecutionData.Invocation(submitted.Id, b), Token));
        Assert.True(await run.Queue.SaveInvocationAsync(lease, ExecutionData.Invocation(submitted.Id, a, "successfully_executed"), Token));
        var all = await run.Store.GetInvocationsAsync(Scopes.Admin(org), submitted.Id, 0, Token);
        var changed = await run.Store.GetInvocationsAsync(Scopes.Admin(org), submitted.Id, 2, Token);

        Assert.Equal([(b, 2L, 2L, "ongoing"), (a, 1L, 3L, "successfully_executed")], all.Select(i => (i.RecordId, i.Sequence, i.ChangeSequence, i.Status)));
        Assert.Equal([a], changed.Select(i => i.RecordId));
        Assert.Empty(await run.Store.GetInvocationsAsync(Scopes.Admin(org), submitted.Id, 3, Token));
    }

    [Fact]
    public async Task ReleaseAsync_HeldLease_GoesBackToPendingAndNextClaimIsAttemptTwo()
    {
        await using var run = ExecutionHarness.On(NewTarget());
        var org = Scopes.NewOrganisation();
        var playbook = await ExecutionData.ImportAsync(run.Storage, org, Token);
        var submitted = await ExecutionData.SubmitAsync(run.Storage, Scopes.Admin(org), playbook, Token);
        var lease = Assert.Single(await run.Queue.ClaimAsync("worker-a", 1, ExecutionData.Lease, Token));

        await run.Queue.ReleaseAsync(lease, Token);
        var pending = await run.Store.GetAsync(Scopes.Admin(org), submitted.Id, Token);
        var next = Assert.Single(await run.Queue.ClaimAsync("worker-b", 1, ExecutionData.Lease, Token));

        Assert.Equal(ExecutionState.Pending, pending?.State);
        Assert.Equal((submitted.Id, 2), (next.Execution.Id, next.Execution.Attempt));
        Assert.Equal(LeaseRenewal.Lost, await run.Queue.RenewAsync(lease, ExecutionData.Lease, Token));
    }

    [Fact]
    public async Task QueueMethods_BadArguments_ThrowArgumentExceptions()
    {
        await using var run = ExecutionHarness.On(NewTarget());
        var org = Scopes.NewOrganisation();
        var playbook = await ExecutionData.ImportAsync(run.Storage, org, Token);
        await ExecutionData.SubmitAsync(run.Storage, Scopes.Admin(org), playbook, Token);
        var lease = Assert.Single(await run.Queue.ClaimAsync("worker-a", 1, ExecutionData.Lease, Token));

        await Assert.ThrowsAsync<ArgumentException>(() => run.Queue.ClaimAsync(" ", 1, ExecutionData.Lease, Token));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => run.Queue.ClaimAsync("worker-a", 0, ExecutionData.Lease, Token));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => run.Queue.ClaimAsync("worker-a", 1, TimeSpan.Zero, Token));
        await Assert.ThrowsAsync<ArgumentException>(
            () => run.Queue.SaveInvocationAsync(lease, ExecutionData.Invocation(Guid.NewGuid(), ExecutionData.NewRecordId()), Token));
        await Assert.ThrowsAsync<ArgumentException>(
            () => run.Queue.SaveInvocationAsync(lease, ExecutionData.Invocation(lease.Execution.Id, ""), Token));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => run.Queue.CompleteAsync(lease, ExecutionState.Running, null, NoVariables, Token));
        Assert.Equal(LeaseRenewal.Held, await run.Queue.RenewAsync(lease, ExecutionData.Lease, Token));
    }

    public sealed class OnSqlite : ExecutionWorkQueueTests
    {
        protected override StorageTarget NewTarget() => new SqliteTarget();
    }

    public sealed class OnPostgres : ExecutionWorkQueueTests
    {
        protected override StorageTarget NewTarget() => new PostgresTarget();
    }
}
