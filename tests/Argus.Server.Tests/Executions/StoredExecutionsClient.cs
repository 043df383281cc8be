using System.Collections.Immutable;
using Argus.Storage;
using Argus.Storage.Access;
using Argus.Storage.Executions;
using Argus.Storage.Playbooks;

namespace Argus.Server.Tests.Executions;

/// <summary>What an operator does through storage (the API's path without GraphQL): import, submit, answer, cancel,
/// and bounded waits for what the worker stores.</summary>
public sealed class StoredExecutionsClient(ArgusStorage storage, AccessScope scope)
{
    // Bounds every wait on a worker so a test always stops by itself (not a timing assertion).
    public static readonly TimeSpan WaitBound = TimeSpan.FromMinutes(2);

    public AccessScope Scope => scope;

    public ArgusStorage Storage => storage;

    /// <summary>A client for a fresh organisation, TOP_SECRET clearance.</summary>
    public static async Task<StoredExecutionsClient> ForNewOrganisationAsync(ArgusStorage storage)
    {
        var organisation = OrganisationId.From("org-" + Guid.NewGuid().ToString("N")[..12]);
        await storage.Organisations.EnsureAsync(organisation, null, TestContext.Current.CancellationToken);
        return new StoredExecutionsClient(storage, AccessScope.Administrator(organisation, "operator-" + Guid.NewGuid().ToString("N")[..8]));
    }

    /// <summary>The same organisation, another user with the given clearance.</summary>
    public StoredExecutionsClient WithClearance(ClearanceLevel clearance) =>
        new(storage, scope with { Clearance = clearance, UserName = "operator-" + Guid.NewGuid().ToString("N")[..8] });

    public async Task ImportAsync(ExecutionTestPlaybook playbook, ClearanceLevel? classification = null)
    {
        var result = await storage.Playbooks.ImportAsync(scope,
            new ImportRequest(playbook.ToBytes()) { Classification = classification }, TestContext.Current.CancellationToken);
        Assert.True(result is ImportResult.Stored, $"The test playbook was not stored: {result}");
    }

    public async Task<StoredExecution> SubmitAsync(
        ExecutionTestPlaybook playbook, ExecutionMode mode = ExecutionMode.Exercise, string? stepId = null)
    {
        var result = await storage.Executions.SubmitAsync(scope,
            new ExecutionSubmission { PlaybookId = playbook.Id, PlaybookModified = playbook.Modified, Mode = mode, StepId = stepId },
            TestContext.Current.CancellationToken);
        return result.Execution ?? throw new InvalidOperationException($"Submission refused: {result.Failure} {result.Message}");
    }

    public async Task<StoredExecution> GetAsync(Guid executionId) =>
        await storage.Executions.GetAsync(scope, executionId, TestContext.Current.CancellationToken)
        ?? throw new InvalidOperationException($"Execution {executionId} is not visible.");

    public Task<ImmutableArray<StoredStepInvocation>> InvocationsAsync(Guid executionId) =>
        storage.Executions.GetInvocationsAsync(scope, executionId, 0, TestContext.Current.CancellationToken);

    /// <summary>Waits (bounded) until the execution is in a final state and returns it.</summary>
    public Task<StoredExecution> WaitUntilFinalAsync(Guid executionId) =>
        WaitForAsync(() => GetAsync(executionId), e => e.State is not (ExecutionState.Pending or ExecutionState.Running),
            $"execution {executionId} to end");

    /// <summary>Waits (bounded) until the execution has a stored invocation that satisfies <paramref name="predicate"/>.</summary>
    public Task<ImmutableArray<StoredStepInvocation>> WaitForInvocationAsync(Guid executionId, Func<StoredStepInvocation, bool> predicate) =>
        WaitForAsync(() => InvocationsAsync(executionId), rows => rows.Any(predicate), $"an invocation of execution {executionId}");

    /// <summary>Waits (bounded) until the execution has a manual request waiting (stored after its step's
    /// <c>await_user_input</c> snapshot) and returns it.</summary>
    public async Task<StoredManualRequest> WaitForManualRequestAsync(Guid executionId)
    {
        var pending = await WaitForAsync(
            () => storage.Executions.GetPendingManualRequestsAsync(scope, executionId, TestContext.Current.CancellationToken),
            requests => !requests.IsEmpty, $"a manual request of execution {executionId}");
        return pending.Single();
    }

    public static async Task<T> WaitForAsync<T>(Func<Task<T>> read, Func<T, bool> done, string what)
    {
        using var bound = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        bound.CancelAfter(WaitBound);
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            if (bound.IsCancellationRequested)
            {
                throw new TimeoutException($"Gave up waiting for {what} after {WaitBound}.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), CancellationToken.None);
        }
    }
}
