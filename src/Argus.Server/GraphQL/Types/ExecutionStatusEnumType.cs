using Argus.Execution.Status;
using GraphQL.Types;

namespace Argus.Server.GraphQL.Types;

/// <summary>GraphQL <c>ExecutionStatusEnum</c>: the seed's <c>execution-status-enum</c>.</summary>
public sealed class ExecutionStatusEnumType : EnumerationGraphType<ExecutionStatus>
{
    public ExecutionStatusEnumType()
    {
        Name = "ExecutionStatusEnum";
        Description = "The seed's execution-status-enum; the record's json spells it in lower case (successfully_executed, …).";
    }
}
