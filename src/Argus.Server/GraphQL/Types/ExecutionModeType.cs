using Argus.Storage.Executions;
using GraphQL.Types;

namespace Argus.Server.GraphQL.Types;

/// <summary>GraphQL <c>ExecutionMode</c>: LIVE or EXERCISE.</summary>
public sealed class ExecutionModeType : EnumerationGraphType<ExecutionMode>
{
    public ExecutionModeType()
    {
        Name = "ExecutionMode";
        Description = "LIVE reaches production tools; EXERCISE only sandboxes and simulations.";
    }
}
