namespace Argus.Execution.Status;

/// <summary>
/// One invocation of one workflow step: the seed-exact <see cref="Record"/> and Argus's bookkeeping beside it.
/// Successive snapshots of the same invocation share <see cref="ExecutionStatusRecord.Id"/>.
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
    /// True when the step invokes something (commands or a playbook) and so produces an execution-status object
    /// for export; flow-control steps (start, end, conditions, parallel) are tracked but not exported, because the
    /// seed's <c>command_b64</c> is required and non-empty (so is an action step without commands).
    /// </summary>
    public bool ProducesStatusRecord => StepType is "action" or "playbook-action" && !Record.CommandB64.IsEmpty;
}
