using Argus.Server.Authorization;
using Argus.Server.GraphQL.Executions;
using GraphQL.Types;

namespace Argus.Server.GraphQL.Types;

/// <summary>GraphQL <c>ExecutionChangeResult</c>: the answer of every execution mutation, as data.</summary>
internal sealed class ExecutionChangeResultType : ObjectGraphType<ExecutionChangeResult>
{
    public ExecutionChangeResultType()
    {
        Name = "ExecutionChangeResult";
        Description = "The outcome of executeCacaoPlaybook, executeCacaoStep, respondToManualStep or cancelExecution. Nothing is written unless the outcome is DONE.";
        this.SetAccess(AccessRequirement.AnyCaller);
        Field<NonNullGraphType<ExecutionChangeOutcomeType>>("outcome").Resolve(c => c.Source.Outcome);
        Field<ExecutionType>("execution").Description("The execution as it stands after the change (null when NOT_FOUND or refused).")
            .Resolve(c => c.Source.Execution);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ValidationIssueType>>>>("issues")
            .Description("The unusable inputs (INVALID), with JSON-pointer paths into the arguments such as /variables/0/name.")
            .Resolve(c => c.Source.Issues.ToArray());
        Field<StringGraphType>("message").Description("Why nothing was written, in plain language.").Resolve(c => c.Source.Message);
    }
}
