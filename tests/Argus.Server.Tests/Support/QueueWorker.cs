using System.Collections.Immutable;
using System.Text;
using Argus.Execution.Status;
using Argus.Storage.Executions;
using Microsoft.Extensions.DependencyInjection;

namespace Argus.Server.Tests.Support;

/// <summary>
/// Puts status records into an execution the way a worker does, through the host's real
/// <see cref="IExecutionWorkQueue"/>: claim under a lease, save invocation snapshots (the engine's writer makes the
/// seed JSON), store manual requests, complete. No mock: the API reads what storage stored.
/// </summary>
public sealed class QueueWorker(ArgusServerFactory server)
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    private const int MaxClaim = 100; // the work queue's own bound on one claim

    private readonly IExecutionWorkQueue _queue = server.Services.GetRequiredService<IExecutionWorkQueue>();
    private readonly string _workerId = "test-worker-" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>Claims <paramref name="executionId"/>; other pending executions a claim picks up (earlier tests' of the
    /// same host) are given back at once.</summary>
    public async Task<ExecutionLease> ClaimAsync(Guid executionId)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        for (var round = 0; round < 20; round++)
        {
            var leases = await _queue.ClaimAsync(_workerId, MaxClaim, Lease, cancellationToken);
            ExecutionLease? mine = null;
            foreach (var lease in leases)
            {
                if (lease.Execution.Id == executionId)
                {
                    mine = lease;
                }
                else
                {
                    await _queue.ReleaseAsync(lease, cancellationToken);
                }
            }

            if (mine is not null)
            {
                return mine;
            }
        }

        throw new InvalidOperationException($"Execution {executionId} could not be claimed.");
    }

    /// <summary>Saves a snapshot of one step invocation; the same <paramref name="recordId"/> replaces the previous one.</summary>
    public async Task<StoredStepInvocation> SaveAsync(ExecutionLease lease, string stepId, string stepType, ExecutionStatus status,
        string? recordId = null, params string[] commands)
    {
        var record = new ExecutionStatusRecord
        {
            Id = recordId ?? NewRecordId(),
            WorkflowId = lease.Execution.PlaybookId,
            WorkflowStep = stepId,
            StartTime = new DateTimeOffset(2026, 1, 2, 3, 4, 5, 678, TimeSpan.Zero),
            Duration = ExecutionStatusNames.IsFinal(status) ? 1250 : null,
            Status = status,
            StatusText = "step " + ExecutionStatusNames.ToName(status),
            ExecutedBy = "individual--" + Guid.NewGuid(),
            CommandB64 = [.. commands.Select(c => Convert.ToBase64String(Encoding.UTF8.GetBytes(c)))],
            Notes = commands.Length > 0 ? "written by the test worker" : null,
            AutomatedExecution = stepType != "action",
        };
        var invocation = new StoredStepInvocation
        {
            ExecutionId = lease.Execution.Id,
            RecordId = record.Id,
            InvocationKey = "/" + stepId,
            StepId = stepId,
            StepType = stepType,
            BranchPath = "/",
            Status = ExecutionStatusNames.ToName(status),
            RecordJson = ExecutionStatusWriter.ToJson(record),
            ProducesStatusRecord = new Argus.Execution.Status.StepInvocation(lease.Execution.Id, stepType, "/", null, record).ProducesStatusRecord,
        };
        Assert.True(await _queue.SaveInvocationAsync(lease, invocation, TestContext.Current.CancellationToken));
        return invocation;
    }

    public async Task RequestManualAsync(ExecutionLease lease, string requestId, string stepId, string recordId) =>
        Assert.True(await _queue.SaveManualRequestAsync(lease, new StoredManualRequest
        {
            ExecutionId = lease.Execution.Id,
            RequestId = requestId,
            RecordId = recordId,
            StepId = stepId,
            Prompt = "Block the sender",
            ExpectedVariables = ["__sender__"],
            RequestedAt = DateTimeOffset.UtcNow,
        }, TestContext.Current.CancellationToken));

    public Task<ImmutableArray<StoredManualRequest>> AnsweredAsync(ExecutionLease lease) =>
        _queue.GetAnsweredManualRequestsAsync(lease, TestContext.Current.CancellationToken);

    public async Task CompleteAsync(ExecutionLease lease, ExecutionState state = ExecutionState.Completed) =>
        Assert.True(await _queue.CompleteAsync(lease, state, state == ExecutionState.Completed ? null : "ended by the test",
            ImmutableDictionary<string, string?>.Empty, TestContext.Current.CancellationToken));

    public static string NewRecordId() => "execution-status--" + Guid.NewGuid();
}
