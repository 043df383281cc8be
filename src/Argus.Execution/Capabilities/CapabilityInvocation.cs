using System.Collections.Immutable;
using Argus.Cacao.Model.AgentTargets;
using Argus.Cacao.Model.Authentication;
using Argus.Cacao.Model.Commands;
using Argus.Execution.Capabilities.Manual;
using Argus.Execution.Engine;

namespace Argus.Execution.Capabilities;

/// <summary>One command to run: every value already substituted, on copies of the playbook's objects.</summary>
/// <param name="ExecutionId">The execution.</param>
/// <param name="StatusRecordId">The execution-status record of the step invocation.</param>
/// <param name="PlaybookId">The playbook holding the step.</param>
/// <param name="StepId">The step.</param>
/// <param name="Command">The command after substitution.</param>
/// <param name="AgentId">The agent's id, if the step names one.</param>
/// <param name="Agent">The agent after substitution.</param>
/// <param name="TargetId">The target's id, or null when the step has no targets.</param>
/// <param name="Target">The target after substitution.</param>
/// <param name="AuthenticationInfo">The authentication info of the target (or agent), after substitution.</param>
/// <param name="Variables">The variables in scope, by name, as text.</param>
/// <param name="ManualInput">Where a manual capability asks its operator.</param>
public sealed record CapabilityInvocation(
    Guid ExecutionId,
    string StatusRecordId,
    string PlaybookId,
    string StepId,
    CommandData Command,
    string? AgentId,
    AgentTarget? Agent,
    string? TargetId,
    AgentTarget? Target,
    AuthenticationInfo? AuthenticationInfo,
    ImmutableDictionary<string, string?> Variables,
    ManualInputBroker ManualInput)
{
    /// <summary>The command text (from <c>command</c>, or <c>command_b64</c> decoded), after substitution.</summary>
    public required string CommandText { get; init; }

    /// <summary>The execution's mode; an EXERCISE run must not reach production tools.</summary>
    public ExecutionMode Mode { get; init; } = ExecutionMode.Live;

    /// <summary>The organisation the execution runs for, when known.</summary>
    public string? Organisation { get; init; }
}
