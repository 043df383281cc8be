using System.Collections.Immutable;
using Argus.Cacao.Validation;
using Argus.Storage.Executions;

namespace Argus.Server.GraphQL.Executions;

/// <summary>What an execution mutation did: the outcome, the execution as it now stands, and why when refused.</summary>
/// <param name="Outcome">Done, or why nothing was written.</param>
/// <param name="Execution">The execution (null for NOT_FOUND, and for a refused submission).</param>
/// <param name="Issues">The input problems (INVALID); empty otherwise.</param>
/// <param name="Message">A plain-language explanation of a refusal.</param>
internal sealed record ExecutionChangeResult(
    ExecutionChange Outcome, StoredExecution? Execution, ImmutableArray<ValidationIssue> Issues, string? Message)
{
    public static ExecutionChangeResult Invalid(ImmutableArray<ValidationIssue> issues) =>
        new(ExecutionChange.Invalid, null, issues, "The input is unusable; see issues. Nothing was stored.");

    public static ExecutionChangeResult NotFound(string message) => new(ExecutionChange.NotFound, null, [], message);
}
