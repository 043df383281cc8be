using System.Collections.Immutable;
using Argus.Storage.Access;
using Argus.Storage.Executions;
using Argus.Storage.Tests.Support;

namespace Argus.Storage.Tests.Executions;

/// <summary>
/// An execution of another organisation, or of a playbook above the caller's clearance, answers exactly like a
/// missing one on every operator method; each test on a database of its own, run on both providers.
/// </summary>
public abstract class ExecutionScopingTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    protected abstract StorageTarget NewTarget();

    /// <summary>A SECRET playbook's running execution with one invocation and one unanswered manual request.</summary>
    private static async Task<(OrganisationId Org, TestPlaybook Playbook, StoredExecution Execution)> SeedAsync(ExecutionHarness run)
    {
        var org = Scopes.NewOrganisation();
        var playbook = await ExecutionData.ImportAsync(run.Storage, org, Token, ClearanceLevel.Secret);
        var execution = await ExecutionData.SubmitAsync(run.Storage, Scopes.Admin(org), playbook, Token);
        var lease = Assert.Single(await run.Queue.ClaimAsync("worker-a", 1, ExecutionData.Lease, Token));
        Assert.True(await run.Queue.SaveInvocationAsync(lease, ExecutionData.Invocation(execution.Id, ExecutionData.NewRecordId()), Token));
        Assert.True(await run.Queue.SaveManualRequestAsync(lease, ExecutionData.ManualRequest(execution.Id, "request-1", run.Clock.GetUtcNow()), Token));
        return (org, playbook, execution);
    }

    [Fact]
    public async Task OperatorMethods_OtherOrganisation_SeeNothingAndChangeNothing()
    {
        await using var run = ExecutionHarness.On(NewTarget());
        var (org, playbook, execution) = await SeedAsync(run);
        var stranger = Scopes.Admin(Scopes.NewOrganisation());
        await ExecutionData.ImportAsync(run.Storage, stranger.Organisation, Token);

        await AssertHiddenAsync(run, stranger, org, execution);
        var submit = await run.Store.SubmitAsync(stranger, new ExecutionSubmission { PlaybookId = playbook.Id }, Token);
        Assert.Equal(ExecutionChange.NotFound, submit.Failure);
        Assert.Single(await run.Store.GetInvocationsAsync(Scopes.Admin(org), execution.Id, 0, Token));
    }

    [Fact]
    public async Task OperatorMethods_PlaybookAboveCallersClearance_SeeNothingAndChangeNothing()
    {
        await using var run = ExecutionHarness.On(NewTarget());
        var (org, playbook, execution) = await SeedAsync(run);
        var reader = new AccessScope(org, ClearanceLevel.Confidential, "reader@test");

        await AssertHiddenAsync(run, reader, org, execution);
        var submit = await run.Store.SubmitAsync(reader, new ExecutionSubmission { PlaybookId = playbook.Id }, Token);
        Assert.Equal(ExecutionChange.NotFound, submit.Failure);
        var cleared = new AccessScope(org, ClearanceLevel.Secret, "cleared@test");
        Assert.NotNull(await run.Store.GetAsync(cleared, execution.Id, Token));
        Assert.Single(await run.Store.GetPendingManualRequestsAsync(cleared, execution.Id, Token));
    }

    private static async Task AssertHiddenAsync(ExecutionHarness run, AccessScope caller, OrganisationId owner, StoredExecution execution)
    {
        var before = await ExecutionCounts.ReadAsync(run.Target, owner, Token);
        var answer = new ManualAnswerSubmission("success", ImmutableDictionary<string, string>.Empty);

        Assert.Null(await run.Store.GetAsync(caller, execution.Id, Token));
        Assert.DoesNotContain((await run.Store.ListAsync(caller, new ExecutionQuery(), Token)).Items, e => e.Id == execution.Id);
        Assert.Empty(await run.Store.GetInvocationsAsync(caller, execution.Id, 0, Token));
        Assert.Empty(await run.Store.GetPendingManualRequestsAsync(caller, execution.Id, Token));
        Assert.Equal(ExecutionChange.NotFound, await run.Store.RequestCancelAsync(caller, execution.Id, Token));
        Assert.Equal(ExecutionChange.NotFound, await run.Store.AnswerManualAsync(caller, execution.Id, "request-1", answer, Token));

        Assert.Equal(before, await ExecutionCounts.ReadAsync(run.Target, owner, Token));
        var stored = await run.Store.GetAsync(Scopes.Admin(owner), execution.Id, Token);
        Assert.Equal((ExecutionState.Running, false), (stored?.State, stored?.CancelRequested ?? true));
        Assert.Single(await run.Store.GetPendingManualRequestsAsync(Scopes.Admin(owner), execution.Id, Token));
    }

    public sealed class OnSqlite : ExecutionScopingTests
    {
        protected override StorageTarget NewTarget() => new SqliteTarget();
    }

    public sealed class OnPostgres : ExecutionScopingTests
    {
        protected override StorageTarget NewTarget() => new PostgresTarget();
    }
}
