using Argus.Storage.Executions;
using GraphQL.Types;

namespace Argus.Server.GraphQL.Types;

/// <summary>GraphQL <c>ExecutionChangeOutcome</c>: the cases of <see cref="ExecutionChange"/>.</summary>
public sealed class ExecutionChangeOutcomeType : EnumerationGraphType<ExecutionChange>
{
    public ExecutionChangeOutcomeType()
    {
        Name = "ExecutionChangeOutcome";
        Description = "DONE; NOT_FOUND (missing or hidden: the same answer); ALREADY_FINAL (ended, or already answered); INVALID (unusable input, see issues). Nothing is written unless DONE.";
    }
}
