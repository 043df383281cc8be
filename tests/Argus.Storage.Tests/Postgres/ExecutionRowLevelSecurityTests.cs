using Argus.Storage.Access;
using Argus.Storage.Tests.Support;

namespace Argus.Storage.Tests.Postgres;

/// <summary>
/// PostgreSQL's second line for executions: statements with no WHERE clause, run as the application's role, see an
/// operator's organisation and clearance only, nothing without settings, and every organisation only with the work
/// queue's <c>argus.worker</c> setting.
/// </summary>
public sealed class ExecutionRowLevelSecurityTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static readonly string[] Tables = ["executions", "step_invocations", "manual_requests"];

    /// <summary>Two organisations, each with a running execution of an UNCLASSIFIED and of a SECRET playbook, each with one invocation and one request.</summary>
    private static async Task<(OrganisationId Mine, OrganisationId Other)> SeedAsync(ExecutionHarness run)
    {
        var (mine, other) = (Scopes.NewOrganisation(), Scopes.NewOrganisation());
        foreach (var org in new[] { mine, other })
        {
            foreach (var level in new[] { ClearanceLevel.Unclassified, ClearanceLevel.Secret })
            {
                var playbook = await ExecutionData.ImportAsync(run.Storage, org, Token, level);
                await ExecutionData.SubmitAsync(run.Storage, Scopes.Admin(org), playbook, Token);
            }
        }

        foreach (var lease in await run.Queue.ClaimAsync("worker-a", 10, ExecutionData.Lease, Token))
        {
            Assert.True(await run.Queue.SaveInvocationAsync(lease, ExecutionData.Invocation(lease.Execution.Id, ExecutionData.NewRecordId()), Token));
            Assert.True(await run.Queue.SaveManualRequestAsync(lease, ExecutionData.ManualRequest(lease.Execution.Id, "request-1", run.Clock.GetUtcNow()), Token));
        }

        return (mine, other);
    }

    private static async Task<long[]> CountAsync(StorageTarget target, string? settings)
    {
        await using var connection = await target.OpenRawAsync(Token);
        await using var transaction = await connection.BeginTransactionAsync(Token);
        if (settings is not null)
        {
            await Raw.ExecuteAsync(connection, transaction, settings, Token);
        }

        var counts = new List<long>();
        foreach (var table in Tables)
        {
            counts.Add(await Raw.ScalarAsync<long>(connection, transaction, $"SELECT COUNT(*) FROM {table}", Token));
        }

        await transaction.CommitAsync(Token);
        return [.. counts];
    }

    [Fact]
    public async Task QueryWithoutWhere_NoSettings_SeesNoExecutionRows()
    {
        await using var run = ExecutionHarness.On(new PostgresTarget());
        await SeedAsync(run);

        var counts = await CountAsync(run.Target, null);

        Assert.Equal([0L, 0L, 0L], counts);
    }

    [Fact]
    public async Task QueryWithoutWhere_OperatorScope_SeesOwnOrganisationAtOrBelowClearanceOnly()
    {
        await using var run = ExecutionHarness.On(new PostgresTarget());
        var (mine, _) = await SeedAsync(run);

        var confidential = await CountAsync(run.Target,
            $"SELECT set_config('argus.org', '{mine.Value}', true), set_config('argus.clearance', '{(int)ClearanceLevel.Confidential}', true)");
        var secret = await CountAsync(run.Target,
            $"SELECT set_config('argus.org', '{mine.Value}', true), set_config('argus.clearance', '{(int)ClearanceLevel.Secret}', true)");

        Assert.Equal([1L, 1L, 1L], confidential);
        Assert.Equal([2L, 2L, 2L], secret);
    }

    [Fact]
    public async Task QueryWithoutWhere_WorkerSetting_SeesEveryOrganisation()
    {
        await using var run = ExecutionHarness.On(new PostgresTarget());
        await SeedAsync(run);

        var counts = await CountAsync(run.Target, "SELECT set_config('argus.worker', 'on', true)");

        Assert.Equal([4L, 4L, 4L], counts);
    }

    [Fact]
    public async Task UpdateWithoutWhere_OperatorScope_TouchesOnlyVisibleExecutions()
    {
        await using var run = ExecutionHarness.On(new PostgresTarget());
        var (mine, _) = await SeedAsync(run);
        await using var connection = await run.Target.OpenRawAsync(Token);
        await using var transaction = await connection.BeginTransactionAsync(Token);
        await Raw.SetScopeAsync(connection, transaction, mine, ClearanceLevel.Confidential, Token);

        var updated = await Raw.ExecuteAsync(connection, transaction, "UPDATE executions SET cancel_requested = true", Token);
        await transaction.RollbackAsync(Token);

        Assert.Equal(1, updated);
    }
}
