using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Argus.Storage.Access;
using Argus.Storage.Executions;
using Argus.Storage.Playbooks;

namespace Argus.Storage.Tests.Support;

/// <summary>Playbooks to execute, submissions, and the records a worker writes, for the execution suites.</summary>
public static class ExecutionData
{
    public static readonly DateTimeOffset Start = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    /// <summary>Imports a fresh playbook (optionally classified) as the organisation's administrator and returns it.</summary>
    public static async Task<TestPlaybook> ImportAsync(
        ArgusStorage storage, OrganisationId organisation, CancellationToken cancellationToken, ClearanceLevel? classification = null, TestPlaybook? playbook = null)
    {
        playbook ??= TestPlaybook.Minimal();
        var result = await storage.Playbooks.ImportAsync(
            Scopes.Admin(organisation), new ImportRequest(playbook.ToBytes()) { Classification = classification }, cancellationToken);
        Assert.IsType<ImportResult.Stored>(result);
        return playbook;
    }

    /// <summary>Submits a run of the playbook's latest version and returns the stored execution (failing the test otherwise).</summary>
    public static async Task<StoredExecution> SubmitAsync(
        ArgusStorage storage, AccessScope scope, TestPlaybook playbook, CancellationToken cancellationToken, ExecutionMode mode = ExecutionMode.Live)
    {
        var result = await storage.Executions.SubmitAsync(scope, new ExecutionSubmission { PlaybookId = playbook.Id, Mode = mode }, cancellationToken);
        Assert.Null(result.Message);
        return Assert.IsType<StoredExecution>(result.Execution);
    }

    /// <summary>The id of the first workflow step of the given CACAO type (<c>start</c>, <c>action</c>, <c>end</c>).</summary>
    public static string StepId(TestPlaybook playbook, string type) =>
        playbook.ToJson()["workflow"]!.AsObject().First(step => (string?)step.Value!["type"] == type).Key;

    public static StoredStepInvocation Invocation(Guid executionId, string recordId, string status = "ongoing") => new()
    {
        ExecutionId = executionId,
        RecordId = recordId,
        InvocationKey = "key/" + recordId,
        StepId = "action--" + Guid.NewGuid(),
        StepType = "action",
        BranchPath = "",
        Status = status,
        RecordJson = new JsonObject { ["id"] = recordId, ["status"] = status }.ToJsonString(),
        ProducesStatusRecord = true,
        Outputs = ImmutableDictionary<string, string>.Empty.Add("__result__", status),
    };

    public static StoredManualRequest ManualRequest(Guid executionId, string requestId, DateTimeOffset at) => new()
    {
        ExecutionId = executionId,
        RequestId = requestId,
        RecordId = "execution-status--" + Guid.NewGuid(),
        StepId = "action--" + Guid.NewGuid(),
        Prompt = "Block the sender",
        ExpectedVariables = ["__sender__"],
        RequestedAt = at,
    };

    public static string NewRecordId() => "execution-status--" + Guid.NewGuid();
}
