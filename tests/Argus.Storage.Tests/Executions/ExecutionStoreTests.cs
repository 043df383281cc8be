using System.Collections.Immutable;
using Argus.Storage.Access;
using Argus.Storage.Executions;
using Argus.Storage.Tests.Support;

namespace Argus.Storage.Tests.Executions;

/// <summary>Submitting, reading and listing executions; run on both providers.</summary>
public abstract class ExecutionStoreTests(StorageTarget target)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SubmitAsync_NoVersionNamed_StoresPendingRunOfLatestVisibleVersionWithRequestersClearanceAndAuditEvent()
    {
        var clock = new ManualClock(ExecutionData.Start);
        await using var storage = target.Open(clock);
        var org = Scopes.NewOrganisation();
        var old = await ExecutionData.ImportAsync(storage, org, Token);
        var newer = await ExecutionData.ImportAsync(storage, org, Token, playbook: old with { Modified = old.Modified.AddDays(1) });
        var scope = new AccessScope(org, ClearanceLevel.Confidential, "operator@test");
        var variables = ImmutableDictionary<string, string>.Empty.Add("__sender__", "phisher@example.com");

        var result = await storage.Executions.SubmitAsync(
            scope, new ExecutionSubmission { PlaybookId = old.Id, Mode = ExecutionMode.Exercise, Variables = variables }, Token);

        var stored = Assert.IsType<StoredExecution>(result.Execution);
        Assert.Null(result.Failure);
        Assert.Equal(
            (org, ClearanceLevel.Confidential, "operator@test", newer.ModifiedText, ExecutionState.Pending, ExecutionMode.Exercise, 0, false, ExecutionData.Start),
            (stored.Organisation, stored.Clearance, stored.RequestedBy, stored.PlaybookModified, stored.State, stored.Mode, stored.Attempt,
                stored.CancelRequested, stored.CreatedAt));
        var read = await storage.Executions.GetAsync(scope, stored.Id, Token);
        Assert.NotNull(read);
        Assert.Equal("phisher@example.com", read.InputVariables["__sender__"]);
        Assert.Equal(stored with { InputVariables = read.InputVariables }, read);
        Assert.Equal(new ExecutionCounts(1, 0, 0, 3), await ExecutionCounts.ReadAsync(target, org, Token));
        Assert.True((await storage.Audit.VerifyAsync(org, Token)).IsIntact);
    }

    [Fact]
    public async Task SubmitAsync_NamedVersionAndActionStep_StoresThatVersionAndStep()
    {
        var org = Scopes.NewOrganisation();
        var old = await ExecutionData.ImportAsync(target.Storage, org, Token);
        await ExecutionData.ImportAsync(target.Storage, org, Token, playbook: old with { Modified = old.Modified.AddDays(1) });
        var step = ExecutionData.StepId(old, "action");

        var result = await target.Storage.Executions.SubmitAsync(
            Scopes.Admin(org), new ExecutionSubmission { PlaybookId = old.Id, PlaybookModified = old.ModifiedText, StepId = step }, Token);

        var stored = Assert.IsType<StoredExecution>(result.Execution);
        Assert.Equal((old.ModifiedText, step), (stored.PlaybookModified, stored.StepId));
    }

    [Fact]
    public async Task SubmitAsync_MissingPlaybookOrVersionOrStep_IsNotFoundAndStoresNothing()
    {
        var org = Scopes.NewOrganisation();
        var playbook = await ExecutionData.ImportAsync(target.Storage, org, Token);
        var before = await ExecutionCounts.ReadAsync(target, org, Token);
        ExecutionSubmission[] submissions =
        [
            new() { PlaybookId = "playbook--" + Guid.NewGuid() },
            new() { PlaybookId = playbook.Id, PlaybookModified = "2001-01-01T00:00:00.000Z" },
            new() { PlaybookId = playbook.Id, StepId = "action--" + Guid.NewGuid() },
        ];

        var results = new List<SubmitExecutionResult>();
        foreach (var submission in submissions)
        {
            results.Add(await target.Storage.Executions.SubmitAsync(Scopes.Admin(org), submission, Token));
        }

        Assert.All(results, r => Assert.Equal((null, ExecutionChange.NotFound), (r.Execution, r.Failure)));
        Assert.All(results, r => Assert.False(string.IsNullOrEmpty(r.Message)));
        Assert.Equal(before, await ExecutionCounts.ReadAsync(target, org, Token));
    }

    [Fact]
    public async Task SubmitAsync_StepIsNotAnActionStep_IsInvalidAndStoresNothing()
    {
        var org = Scopes.NewOrganisation();
        var playbook = await ExecutionData.ImportAsync(target.Storage, org, Token);
        var before = await ExecutionCounts.ReadAsync(target, org, Token);

        var result = await target.Storage.Executions.SubmitAsync(
            Scopes.Admin(org), new ExecutionSubmission { PlaybookId = playbook.Id, StepId = ExecutionData.StepId(playbook, "start") }, Token);

        Assert.Equal((null, ExecutionChange.Invalid), (result.Execution, result.Failure));
        Assert.Contains("not an action step", result.Message, StringComparison.Ordinal);
        Assert.Equal(before, await ExecutionCounts.ReadAsync(target, org, Token));
    }

    [Fact]
    public async Task SubmitAsync_UnusableInput_IsInvalidWithReasonAndStoresNothing()
    {
        var org = Scopes.NewOrganisation();
        var playbook = await ExecutionData.ImportAsync(target.Storage, org, Token);
        var before = await ExecutionCounts.ReadAsync(target, org, Token);
        var many = Enumerable.Range(0, ExecutionSubmission.MaxVariables + 1).ToImmutableDictionary(i => $"__v{i}__", _ => "x");
        ExecutionSubmission[] submissions =
        [
            new() { PlaybookId = "" },
            new() { PlaybookId = playbook.Id, PlaybookModified = " " },
            new() { PlaybookId = playbook.Id, StepId = "" },
            new() { PlaybookId = playbook.Id, Mode = (ExecutionMode)7 },
            new() { PlaybookId = playbook.Id, Variables = many },
            new() { PlaybookId = playbook.Id, Variables = ImmutableDictionary<string, string>.Empty.Add(" ", "x") },
            new() { PlaybookId = playbook.Id, Variables = ImmutableDictionary<string, string>.Empty.Add("__big__", new string('x', ExecutionSubmission.MaxValueLength + 1)) },
        ];

        var results = new List<SubmitExecutionResult>();
        foreach (var submission in submissions)
        {
            results.Add(await target.Storage.Executions.SubmitAsync(Scopes.Admin(org), submission, Token));
        }

        Assert.All(results, r => Assert.Equal((null, ExecutionChange.Invalid), (r.Execution, r.Failure)));
        Assert.Equal(submissions.Length, results.Select(r => r.Message).Distinct().Count());
        Assert.Equal(before, await ExecutionCounts.ReadAsync(target, org, Token));
    }

    [Fact]
    public async Task GetAsync_UnknownId_IsNull()
    {
        var org = Scopes.NewOrganisation();

        var execution = await target.Storage.Executions.GetAsync(Scopes.Admin(org), Guid.NewGuid(), Token);

        Assert.Null(execution);
    }

    [Fact]
    public async Task ListAsync_Filters_ReturnOnlyMatchingExecutionsNewestFirst()
    {
        var clock = new ManualClock(ExecutionData.Start);
        await using var storage = target.Open(clock);
        var org = Scopes.NewOrganisation();
        var (first, second) = (await ExecutionData.ImportAsync(storage, org, Token), await ExecutionData.ImportAsync(storage, org, Token));
        var expected = new List<Guid>();
        foreach (var (playbook, mode) in new[] { (first, ExecutionMode.Live), (second, ExecutionMode.Live), (first, ExecutionMode.Exercise), (first, ExecutionMode.Live) })
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            var execution = await ExecutionData.SubmitAsync(storage, Scopes.Admin(org), playbook, Token, mode);
            if (playbook == first && mode == ExecutionMode.Live)
            {
                expected.Insert(0, execution.Id);
            }
        }

        await storage.Executions.RequestCancelAsync(Scopes.Admin(org), expected[1], Token);

        var live = await storage.Executions.ListAsync(Scopes.Admin(org), new ExecutionQuery { PlaybookId = first.Id, Mode = ExecutionMode.Live }, Token);
        var cancelled = await storage.Executions.ListAsync(Scopes.Admin(org), new ExecutionQuery { State = ExecutionState.Cancelled }, Token);
        var all = await storage.Executions.ListAsync(Scopes.Admin(org), new ExecutionQuery(), Token);

        Assert.Equal(expected, live.Items.Select(e => e.Id));
        Assert.Equal([expected[1]], cancelled.Items.Select(e => e.Id));
        Assert.Equal(4, all.Items.Length);
        Assert.Equal(all.Items.OrderByDescending(e => e.CreatedAt).Select(e => e.Id), all.Items.Select(e => e.Id));
        Assert.Null(all.NextCursor);
    }

    [Fact]
    public async Task ListAsync_PagesOfTwo_WalkEveryExecutionOnceNewestFirst()
    {
        var org = Scopes.NewOrganisation();
        var playbook = await ExecutionData.ImportAsync(target.Storage, org, Token);
        var submitted = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            // The system clock here: equal creation times are ordered by id, which the cursor must carry too.
            submitted.Add((await ExecutionData.SubmitAsync(target.Storage, Scopes.Admin(org), playbook, Token)).Id);
        }

        var seen = new List<StoredExecution>();
        string? cursor = null;
        for (var page = 0; page < 5; page++)
        {
            var result = await target.Storage.Executions.ListAsync(Scopes.Admin(org), new ExecutionQuery { PageSize = 2, Cursor = cursor }, Token);
            seen.AddRange(result.Items);
            cursor = result.NextCursor;
            if (cursor is null)
            {
                break;
            }
        }

        Assert.Null(cursor);
        Assert.Equal(submitted.Order(), seen.Select(e => e.Id).Order());
        Assert.Equal(seen.OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.Id.ToString(), StringComparer.Ordinal).Select(e => e.Id), seen.Select(e => e.Id));
    }

    [Fact]
    public async Task ListAsync_BadCursorOrPageSize_ThrowsArgumentException()
    {
        var scope = Scopes.Admin(Scopes.NewOrganisation());
        var executions = target.Storage.Executions;

        await Assert.ThrowsAsync<ArgumentException>(() => executions.ListAsync(scope, new ExecutionQuery { Cursor = "not-a-cursor" }, Token));
        await Assert.ThrowsAsync<ArgumentException>(() => executions.ListAsync(scope, new ExecutionQuery { Cursor = "e30" }, Token));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => executions.ListAsync(scope, new ExecutionQuery { PageSize = 0 }, Token));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => executions.ListAsync(scope, new ExecutionQuery { PageSize = ExecutionQuery.MaxPageSize + 1 }, Token));
    }

    public sealed class OnSqlite(SqliteTarget target) : ExecutionStoreTests(target), IClassFixture<SqliteTarget>;

    public sealed class OnPostgres(PostgresTarget target) : ExecutionStoreTests(target), IClassFixture<PostgresTarget>;
}
