using System.Collections.Immutable;

namespace Argus.Storage.Executions;

/// <summary>A manual step waiting for an operator, and its answer once given.</summary>
public sealed record StoredManualRequest
{
    public required Guid ExecutionId { get; init; }

    /// <summary>The engine's request id (unique within the execution).</summary>
    public required string RequestId { get; init; }

    /// <summary>The execution-status record of the waiting step invocation.</summary>
    public required string RecordId { get; init; }

    public required string StepId { get; init; }

    /// <summary>What the operator is asked to do (the command text after substitution, secrets redacted).</summary>
    public required string Prompt { get; init; }

    /// <summary>The variables the operator may set in the answer.</summary>
    public ImmutableArray<string> ExpectedVariables { get; init; } = [];

    public required DateTimeOffset RequestedAt { get; init; }

    /// <summary>Null until answered.</summary>
    public ManualAnswerSubmission? Answer { get; init; }

    public string? AnsweredBy { get; init; }
    public DateTimeOffset? AnsweredAt { get; init; }
}
