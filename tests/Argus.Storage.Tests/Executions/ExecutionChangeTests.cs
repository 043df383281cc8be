using System.Collections.Immutable;
using Argus.Storage.Access;
using Argus.Storage.Executions;
using Argus.Storage.Tests.Support;

namespace Argus.Storage.Tests.Executions;

/// <summary>Operators' cancellations and manual answers; each test on a database of its own, run on both providers.</summary>
public abstract class ExecutionChangeTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    protected abstract StorageTarget NewTarget();

    private static ManualAnswerSubmission Answer(string outcome, string sender) =>
        new(outcome, ImmutableDictionary<string, string>.Empty.Add("__sender__", sender));

    [Fact]
    public async Task RequestCancelAsync_Pending_CancelsAtOnceWithEndTimeAndAuditEventThenIsAlreadyFinal()
    {
        await using var run = ExecutionHarness.On(NewTarget());
        var org = Scopes.NewOrganisation();
        var playbook = await ExecutionData.ImportAsync(run.Storage, org, Token);
        var submitted = await ExecutionData.SubmitAsync(run.Storage, Scopes.Admin(org), playbook, Token);
        run.Clock.Advance(TimeSpan.FromMinutes(1));

        var first = await run.Store.RequestCancelAsync(Scopes.Admin(org), submitted.Id, Token);
        var second = await run.Store.RequestCancelAsync(Scopes.Admin(org), submitted.Id, Token);

        Assert.Equal((ExecutionChange.Done, ExecutionChange.AlreadyFinal), (first, second));
        var cancelled = await run.Store.GetAsync(Scopes.Admin(org), submitted.Id, Token);
        Assert.Equal((ExecutionState.Cancelled, (DateTimeOffset?)run.Clock.GetUtcNow()), (cancelled?.State, cancelled?.EndedAt));
        Assert.False(string.IsNullOrEmpty(cancelled?.Reason));
        Assert.Empty(await run.Queue.ClaimAsync("worker-a", 1, ExecutionData.Lease, Token));
        Assert.Equal(new ExecutionCounts(1, 0, 0, 3), await ExecutionCounts.ReadAsync(run.Target, org, Token));
    }

    [Fact]
    public async Task RequestCancelAsync_Running_FlagsItAndTheWorkersRenewalSaysCancelRequested()
    {
        await using var run = ExecutionHarness.On(NewTarget());
        var org = Scopes.NewOrganisation();
        var playbook = await ExecutionData.ImportAsync(run.Storage, org, Token);
        var submitted = await ExecutionData.SubmitAsync(run.Storage, Scopes.Admin(org), playbook, Token);
        var lease = Assert.Single(await run.Queue.ClaimAsync("worker-a", 1, ExecutionData.Lease, Token));

        var change = await run.Store.RequestCancelAsync(Scopes.Admin(org), submitted.Id, Token);
        var renewal = await run.Queue.RenewAsync(lease, ExecutionData.Lease, Token);

        var running = await run.Store.GetAsync(Scopes.Admin(org), submitted.Id, Token);
        Assert.Equal((ExecutionChange.Done, LeaseRenewal.CancelRequested), (change, renewal));
        Assert.Equal((ExecutionState.Running, true, (DateTimeOffset?)null), (running?.State, running?.CancelRequested ?? false, running?.EndedAt));
        Assert.True(await run.Queue.CompleteAsync(lease, ExecutionState.Cancelled, "Cancelled by an operator.",
            ImmutableDictionary<string, string?>.Empty, Token));
        Assert.Equal(ExecutionChange.AlreadyFinal, await run.Store.RequestCancelAsync(Scopes.Admin(org), submitted.Id, Token));
        Assert.Equal(new ExecutionCounts(1, 0, 0, 3), await ExecutionCounts.ReadAsync(run.Target, org, Token));
    }

    [Fact]
    public async Task AnswerManualAsync_TwoAnswers_FirstWinsSecondIsAlreadyFinalAndAuditNamesWhoButNoValue()
    {
        await using var run = ExecutionHarness.On(NewTarget());
        var org = Scopes.NewOrganisation();
        var playbook = await ExecutionData.ImportAsync(run.Storage, org, Token);
        var submitted = await ExecutionData.SubmitAsync(run.Storage, Scopes.Admin(org), playbook, Token);
        var lease = Assert.Single(await run.Queue.ClaimAsync("worker-a", 1, ExecutionData.Lease, Token));
        Assert.True(await run.Queue.SaveManualRequestAsync(lease, ExecutionData.ManualRequest(submitted.Id, "request-1", run.Clock.GetUtcNow()), Token));
        var pendingBefore = await run.Store.GetPendingManualRequestsAsync(Scopes.Admin(org), submitted.Id, Token);
        var alice = new AccessScope(org, ClearanceLevel.Secret, "alice@test");
        var bob = new AccessScope(org, ClearanceLevel.Secret, "bob@test");

        var first = await run.Store.AnswerManualAsync(alice, submitted.Id, "request-1", Answer("success", "first-secret-value"), Token);
        var second = await run.Store.AnswerManualAsync(bob, submitted.Id, "request-1", Answer("failure", "second-value"), Token);

        Assert.Equal((ExecutionChange.Done, ExecutionChange.AlreadyFinal), (first, second));
        Assert.Equal("request-1", Assert.Single(pendingBefore).RequestId);
        Assert.Empty(await run.Store.GetPendingManualRequestsAsync(Scopes.Admin(org), submitted.Id, Token));
        var answered = Assert.Single(await run.Queue.GetAnsweredManualRequestsAsync(lease, Token));
        Assert.Equal(("success", "first-secret-value", "alice@test"), (answered.Answer?.Outcome, answered.Answer?.Variables["__sender__"], answered.AnsweredBy));
        var audit = await AuditDetailsAsync(run.Target, org);
        Assert.Contains(audit, a => a.Contains("request-1", StringComparison.Ordinal) && a.Contains("alice@test", StringComparison.Ordinal));
        Assert.DoesNotContain(audit, a => a.Contains("first-secret-value", StringComparison.Ordinal) || a.Contains("bob@test", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MarkManualDeliveredAsync_AnsweredRequest_NoLongerReturnedToThisAttemptButToTheNext()
    {
        await using var run = ExecutionHarness.On(NewTarget());
        var org = Scopes.NewOrganisation();
        var playbook = await ExecutionData.ImportAsync(run.Storage, org, Token);
        var submitted = await ExecutionData.SubmitAsync(run.Storage, Scopes.Admin(org), playbook, Token);
        var lease = Assert.Single(await run.Queue.ClaimAsync("worker-a", 1, ExecutionData.Lease, Token));
        Assert.True(await run.Queue.SaveManualRequestAsync(lease, ExecutionData.ManualRequest(submitted.Id, "request-1", run.Clock.GetUtcNow()), Token));
        var unanswered = await run.Queue.GetAnsweredManualRequestsAsync(lease, Token);
        await run.Store.AnswerManualAsync(Scopes.Admin(org), submitted.Id, "request-1", Answer("success", "x"), Token);

        var answered = await run.Queue.GetAnsweredManualRequestsAsync(lease, Token);
        await run.Queue.MarkManualDeliveredAsync(lease, "request-1", Token);
        var delivered = await run.Queue.GetAnsweredManualRequestsAsync(lease, Token);
        run.Clock.Advance(ExecutionData.Lease + TimeSpan.FromSeconds(1));
        var resumed = Assert.Single(await run.Queue.ClaimAsync("worker-b", 1, ExecutionData.Lease, Token));
        var redelivered = await run.Queue.GetAnsweredManualRequestsAsync(resumed, Token);

        Assert.Empty(unanswered);
        Assert.Equal("request-1", Assert.Single(answered).RequestId);
        Assert.Empty(delivered);
        Assert.Equal("success", Assert.Single(redelivered).Answer?.Outcome);
        Assert.Equal("success", Assert.Single(resumed.PriorManualRequests).Answer?.Outcome);
    }

    [Fact]
    public async Task AnswerManualAsync_UnknownRequestOrExecutionOrBadAnswer_IsRefusedAndWritesNothing()
    {
        await using var run = ExecutionHarness.On(NewTarget());
        var org = Scopes.NewOrganisation();
        var playbook = await ExecutionData.ImportAsync(run.Storage, org, Token);
        var submitted = await ExecutionData.SubmitAsync(run.Storage, Scopes.Admin(org), playbook, Token);
        var lease = Assert.Single(await run.Queue.ClaimAsync("worker-a", 1, ExecutionData.Lease, Token));
        Assert.True(await run.Queue.SaveManualRequestAsync(lease, ExecutionData.ManualRequest(submitted.Id, "request-1", run.Clock.GetUtcNow()), Token));
        var before = await ExecutionCounts.ReadAsync(run.Target, org, Token);
        var admin = Scopes.Admin(org);

        var unknownRequest = await run.Store.AnswerManualAsync(admin, submitted.Id, "request-2", Answer("success", "x"), Token);
        var emptyRequest = await run.Store.AnswerManualAsync(admin, submitted.Id, "", Answer("success", "x"), Token);
        var unknownExecution = await run.Store.AnswerManualAsync(admin, Guid.NewGuid(), "request-1", Answer("success", "x"), Token);
        var noOutcome = await run.Store.AnswerManualAsync(admin, submitted.Id, "request-1", Answer(" ", "x"), Token);
        var hugeValue = await run.Store.AnswerManualAsync(
            admin, submitted.Id, "request-1", Answer("success", new string('x', ExecutionSubmission.MaxValueLength + 1)), Token);

        Assert.Equal(
            (ExecutionChange.NotFound, ExecutionChange.NotFound, ExecutionChange.NotFound, ExecutionChange.Invalid, ExecutionChange.Invalid),
            (unknownRequest, emptyRequest, unknownExecution, noOutcome, hugeValue));
        Assert.Equal(before, await ExecutionCounts.ReadAsync(run.Target, org, Token));
        Assert.Single(await run.Store.GetPendingManualRequestsAsync(admin, submitted.Id, Token));
    }

    private static async Task<List<string>> AuditDetailsAsync(StorageTarget target, OrganisationId organisation)
    {
        await using var connection = await target.OpenRawAsync(Token);
        await using var transaction = await connection.BeginTransactionAsync(Token);
        await Raw.SetScopeAsync(connection, transaction, organisation, ClearanceLevel.TopSecret, Token);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT actor || ' ' || action || ' ' || subject || ' ' || details FROM audit_events WHERE organisation_id = '{organisation.Value}'";
        var rows = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync(Token))
        {
            while (await reader.ReadAsync(Token))
            {
                rows.Add(reader.GetString(0));
            }
        }

        await transaction.CommitAsync(Token);
        return rows;
    }

    public sealed class OnSqlite : ExecutionChangeTests
    {
        protected override StorageTarget NewTarget() => new SqliteTarget();
    }

    public sealed class OnPostgres : ExecutionChangeTests
    {
        protected override StorageTarget NewTarget() => new PostgresTarget();
    }
}
