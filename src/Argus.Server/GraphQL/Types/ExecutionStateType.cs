using Argus.Storage.Executions;
using GraphQL.Types;

namespace Argus.Server.GraphQL.Types;

/// <summary>GraphQL <c>ExecutionState</c>.</summary>
public sealed class ExecutionStateType : EnumerationGraphType<ExecutionState>
{
    public ExecutionStateType()
    {
        Name = "ExecutionState";
        Description = "PENDING and RUNNING are open; COMPLETED, FAILED, CANCELLED and REFUSED are final.";
    }
}
