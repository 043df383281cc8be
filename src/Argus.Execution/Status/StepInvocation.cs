using System.Collections.Immutable;

namespace Argus.Execution.Status;

/// <summary>
/// One invocation of one workflow step: the seed-exact <see cref="Record"/> and Argus's bookkeeping beside it.
/// Successive snapshots of the same invocation share <see cref="ExecutionStatusRecord.Id"/> and <see cref="Key"/>.
/// </summary>
/// <param name="ExecutionId">The execution this invocation belongs to.</param>
/// <param name="StepType">The CACAO step type (<c>action</c>, <c>while-condition</c>, …).</param>
/// <param name="BranchPath">Where in the workflow the step ran: <c>/</c> for the top level, then
/// <c>/parallel-step-id[2]</c>, <c>/playbook-action-step-id</c> segments for nested branches.</param>
/// <param name="Iteration">The enclosing while loop's iteration (1-based), or null outside loops.</param>
/// <param name="Record">The execution-status object.</param>
public sealed record StepInvocation(
    Guid ExecutionId, string StepType, string BranchPath, int? Iteration, ExecutionStatusRecord Record)
{
    /// <summary>
    /// The invocation's stable key: the same for the same playbook, inputs and outcomes, on every run. Built from the
    /// enclosing invocations' keys (with the parallel branch index or while iteration), the step id and how often
    /// the step was reached in its branch: <c>step#1</c>, <c>while#1[2]/body#1</c>, <c>parallel#1[0]/a#1</c>,
    /// <c>call#1/child-step#1</c>. A resumed execution matches its earlier invocations by it.
    /// </summary>
    public string Key { get; init; } = "";

    /// <summary>
    /// The values this invocation wrote into the variable scope (out_args taken from capability outputs, manual
    /// answers and playbook-action results), by variable name; set on the final snapshot, empty before.
    /// </summary>
    public ImmutableDictionary<string, string> Outputs { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>
    /// True when the step invokes something (commands or a playbook) and so produces an execution-status object
    /// for export; flow-control steps (start, end, conditions, parallel) are tracked but not exported, because the
    /// seed's <c>command_b64</c> is required and non-empty (so is an action step without commands).
    /// </summary>
    public bool ProducesStatusRecord => StepType is "action" or "playbook-action" && !Record.CommandB64.IsEmpty;
}
