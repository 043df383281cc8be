using System.Collections.Immutable;

namespace Argus.Execution.Status;

/// <summary>
/// One execution-status object, exactly the seed's properties (execution-status README §2) and nothing else.
/// Argus's own bookkeeping (execution id, branch, iteration) lives in <see cref="StepInvocation"/>.
/// </summary>
public sealed record ExecutionStatusRecord
{
    public const string TypeName = "execution-status";

    public string Type => TypeName;

    /// <summary><c>execution-status--</c> followed by a UUIDv4.</summary>
    public required string Id { get; init; }

    /// <summary>The id of the playbook being executed.</summary>
    public required string WorkflowId { get; init; }

    public required string WorkflowStep { get; init; }

    public required DateTimeOffset StartTime { get; init; }

    /// <summary>Milliseconds; absent while the step is ongoing.</summary>
    public long? Duration { get; init; }

    public required ExecutionStatus Status { get; init; }

    public string? StatusText { get; init; }

    /// <summary>The id of the agent that executed the step.</summary>
    public string? ExecutedBy { get; init; }

    /// <summary>Base64 of each command as executed (after substitution), never with credentials.</summary>
    public required ImmutableArray<string> CommandB64 { get; init; }

    public string? Notes { get; init; }

    public required bool AutomatedExecution { get; init; }
}
