using System.Collections.Immutable;

namespace Argus.Execution.Engine;

/// <summary>
/// A step that cannot run as things stand: no capability for one of its commands, or (for a playbook-action step) a
/// child playbook that cannot be found or must not run.
/// </summary>
public sealed record PreflightIssue(string PlaybookId, string StepId, string? CommandType, string? AgentType, string Message)
{
    /// <summary>
    /// The playbook-action step ids, outermost first, through which the playbook holding <see cref="StepId"/> is
    /// called; empty for the playbook being checked.
    /// </summary>
    public ImmutableArray<string> CallPath { get; init; } = [];
}
