using Argus.Storage.Access;
using Argus.Storage.Executions;

namespace Argus.Server.Tests.Executions;

public abstract partial class ExecutionWorkerTests
{
    [Fact]
    public async Task Submit_SingleStep_RunsThatActionStepAlone()
    {
        await using var database = ExecutionTestDatabase.Create(Provider);
        await using var storage = await database.OpenStorageAsync();
        var client = await StoredExecutionsClient.ForNewOrganisationAsync(storage);
        var playbook = new ExecutionTestPlaybook { Actions = 3 };
        await client.ImportAsync(playbook);
        await using var host = WorkerHost.Start(database, "worker-a");

        var submitted = await client.SubmitAsync(playbook, stepId: playbook.ActionStepId(1));
        var ended = await client.WaitUntilFinalAsync(submitted.Id);
        var invocations = await client.InvocationsAsync(submitted.Id);

        Assert.Equal(ExecutionState.Completed, ended.State);
        Assert.Equal([playbook.ActionStepId(1)], invocations.Select(i => i.StepId));
        Assert.Equal("successfully_executed", invocations.Single().Status);
    }

    [Fact]
    public async Task Submit_PlaybookActionCallingALibraryPlaybook_RunsTheChildsStepsToo()
    {
        await using var database = ExecutionTestDatabase.Create(Provider);
        await using var storage = await database.OpenStorageAsync();
        var client = await StoredExecutionsClient.ForNewOrganisationAsync(storage);
        var child = new ExecutionTestPlaybook { Actions = 2 };
        var parent = new ExecutionTestPlaybook { Actions = 2, CalledPlaybookId = child.Id };
        await client.ImportAsync(child);
        await client.ImportAsync(parent);
        await using var host = WorkerHost.Start(database, "worker-a");

        var submitted = await client.SubmitAsync(parent);
        var ended = await client.WaitUntilFinalAsync(submitted.Id);
        var invocations = await client.InvocationsAsync(submitted.Id);

        Assert.Equal(ExecutionState.Completed, ended.State);
        Assert.Contains(invocations, i => i.StepId == child.ActionStepId(1) && i.Status == "successfully_executed");
        Assert.Contains(invocations, i => i.StepId == parent.ActionStepId(0) && i.StepType == "playbook-action" && i.Status == "successfully_executed");
    }

    [Fact]
    public async Task Submit_ChildPlaybookAboveTheRequestersClearance_EndsRefusedAtTheCallingStep()
    {
        await using var database = ExecutionTestDatabase.Create(Provider);
        await using var storage = await database.OpenStorageAsync();
        var administrator = await StoredExecutionsClient.ForNewOrganisationAsync(storage);
        var child = new ExecutionTestPlaybook { Actions = 1 };
        var parent = new ExecutionTestPlaybook { Actions = 2, CalledPlaybookId = child.Id };
        await administrator.ImportAsync(child, ClearanceLevel.Secret);
        await administrator.ImportAsync(parent, ClearanceLevel.Restricted);
        var requester = administrator.WithClearance(ClearanceLevel.Confidential);
        await using var host = WorkerHost.Start(database, "worker-a");

        var submitted = await requester.SubmitAsync(parent);
        var ended = await requester.WaitUntilFinalAsync(submitted.Id);

        Assert.Equal(ExecutionState.Refused, ended.State);
        Assert.Contains(parent.ActionStepId(0), ended.Reason, StringComparison.Ordinal);
        Assert.Empty(await requester.InvocationsAsync(submitted.Id));
    }
}
