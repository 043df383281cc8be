using System.Collections.Immutable;
using Argus.Storage.Access;

namespace Argus.Storage.Executions;

/// <summary>One execution row: what was asked, by whom, and where it stands.</summary>
public sealed record StoredExecution
{
    public required Guid Id { get; init; }
    public required OrganisationId Organisation { get; init; }

    /// <summary>The requester's clearance: the worker resolves playbooks (and child playbooks) with it.</summary>
    public required ClearanceLevel Clearance { get; init; }

    public required string RequestedBy { get; init; }
    public required string PlaybookId { get; init; }

    /// <summary>The resolved version (never null once stored, even when the submission asked for the latest).</summary>
    public required string PlaybookModified { get; init; }

    public string? StepId { get; init; }
    public required ExecutionMode Mode { get; init; }
    public required ExecutionState State { get; init; }

    /// <summary>Why it failed, was refused or cancelled; null otherwise.</summary>
    public string? Reason { get; init; }

    public required ImmutableDictionary<string, string> InputVariables { get; init; }

    /// <summary>The playbook variables at the end (null while open).</summary>
    public ImmutableDictionary<string, string?>? FinalVariables { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? StartedAt { get; init; }
    public DateTimeOffset? EndedAt { get; init; }

    /// <summary>How many times a worker has claimed it (1 on the first run; more after crashes).</summary>
    public required int Attempt { get; init; }

    public required bool CancelRequested { get; init; }
}
