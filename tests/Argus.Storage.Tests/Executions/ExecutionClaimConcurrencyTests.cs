using System.Collections.Concurrent;
using Argus.Storage.Tests.Support;

namespace Argus.Storage.Tests.Executions;

/// <summary>Two workers, each with its own connections, claim from one queue at once; run on both providers.</summary>
public abstract class ExecutionClaimConcurrencyTests
{
    private const int Executions = 30;
    private const int Workers = 2;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    protected abstract StorageTarget NewTarget();

    [Fact]
    public async Task ClaimAsync_TwoWorkersSeveralRounds_NeverClaimTheSameExecutionAndTakeEveryOne()
    {
        await using var run = ExecutionHarness.On(NewTarget());
        var org = Scopes.NewOrganisation();
        var playbook = await ExecutionData.ImportAsync(run.Storage, org, Token);
        var submitted = new List<Guid>();
        for (var i = 0; i < Executions; i++)
        {
            submitted.Add((await ExecutionData.SubmitAsync(run.Storage, Scopes.Admin(org), playbook, Token)).Id);
        }

        var claims = new ConcurrentBag<(string Worker, Guid Execution)>();
        // Each worker opens its own ArgusStorage (its own pool) on the same database, as two processes would; the
        // clock stands still, so no lease expires and any double claim is a real one. Bounded: each round claims
        // at least one until the queue is empty.
        await Task.WhenAll(Enumerable.Range(0, Workers).Select(w => Task.Run(async () =>
        {
            await using var storage = run.Target.Open(run.Clock);
            for (var round = 0; round < Executions; round++)
            {
                var leases = await storage.ExecutionQueue.ClaimAsync($"worker-{w}", 3, ExecutionData.Lease, Token);
                if (leases.IsEmpty)
                {
                    break;
                }

                foreach (var lease in leases)
                {
                    claims.Add((lease.WorkerId, lease.Execution.Id));
                }
            }
        }, Token)));

        var claimed = claims.Select(c => c.Execution).ToList();
        Assert.Equal(claimed.Count, claimed.Distinct().Count());
        Assert.Equal(submitted.Order(), claimed.Order());
    }

    public sealed class OnSqlite : ExecutionClaimConcurrencyTests
    {
        protected override StorageTarget NewTarget() => new SqliteTarget();
    }

    public sealed class OnPostgres : ExecutionClaimConcurrencyTests
    {
        protected override StorageTarget NewTarget() => new PostgresTarget();
    }
}
