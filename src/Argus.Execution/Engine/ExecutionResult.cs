using System.Collections.Immutable;

namespace Argus.Execution.Engine;

/// <summary>The end of an execution.</summary>
/// <param name="ExecutionId">The execution.</param>
/// <param name="PlaybookId">The top-level playbook.</param>
/// <param name="Outcome">How it ended.</param>
/// <param name="Reason">Why it did not complete (null when completed).</param>
/// <param name="Variables">The playbook-scope variables at the end, by name, as text.</param>
public sealed record ExecutionResult(
    Guid ExecutionId,
    string PlaybookId,
    ExecutionOutcome Outcome,
    string? Reason,
    ImmutableDictionary<string, string?> Variables);
