using System.Collections.Immutable;
using Argus.Cacao.Model;
using Argus.Cacao.Model.Workflow;
using Argus.Execution.Variables;

namespace Argus.Execution.Engine;

/// <summary>Where a step runs: its playbook, branch, loop iteration, scope, status record id and stable key.</summary>
internal sealed record StepContext(
    Playbook Playbook,
    int PlaybookDepth,
    string StepId,
    WorkflowStep Step,
    string BranchPath,
    int? Iteration,
    VariableScope Scope,
    string StatusRecordId,
    string Key)
{
    public string PlaybookId => Playbook.Id ?? "";

    /// <summary>The path for the step's own sub-branches.</summary>
    public string ChildPath(int? branchIndex = null) =>
        (BranchPath == "/" ? "/" : BranchPath + "/") + StepId + (branchIndex is { } i ? $"[{i}]" : "");

    public ImmutableArray<string> CommandB64 { get; init; } = [];

    /// <summary>The keys of one of the step's own sub-branches (a parallel branch index or a while iteration).</summary>
    public BranchKeys ChildKeys(int? index = null) => BranchKeys.Under(Key, index);
}
