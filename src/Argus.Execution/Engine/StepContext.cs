using System.Collections.Immutable;
using Argus.Cacao.Model;
using Argus.Cacao.Model.Workflow;
using Argus.Execution.Variables;

namespace Argus.Execution.Engine;

/// <summary>Where a step runs: its playbook, branch, loop iteration, scope and status record id.</summary>
internal sealed record StepContext(
    Playbook Playbook,
    int PlaybookDepth,
    string StepId,
    WorkflowStep Step,
    string BranchPath,
    int? Iteration,
    VariableScope Scope,
    string StatusRecordId)
{
    public string PlaybookId => Playbook.Id ?? "";

    /// <summary>The path for the step's own sub-branches.</summary>
    public string ChildPath(int? branchIndex = null) =>
        (BranchPath == "/" ? "/" : BranchPath + "/") + StepId + (branchIndex is { } i ? $"[{i}]" : "");

    public ImmutableArray<string> CommandB64 { get; init; } = [];
}
