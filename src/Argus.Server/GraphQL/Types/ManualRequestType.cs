using Argus.Server.Authorization;
using Argus.Storage.Executions;
using GraphQL.Types;

namespace Argus.Server.GraphQL.Types;

/// <summary>GraphQL <c>ManualRequest</c>: a manual step waiting for an operator.</summary>
public sealed class ManualRequestType : ObjectGraphType<StoredManualRequest>
{
    public ManualRequestType()
    {
        Name = "ManualRequest";
        Description = "A manual step that waits for respondToManualStep.";
        this.SetAccess(AccessRequirement.AnyCaller);
        Field<NonNullGraphType<StringGraphType>>("requestId").Resolve(c => c.Source.RequestId);
        Field<NonNullGraphType<StringGraphType>>("stepId").Resolve(c => c.Source.StepId);
        Field<NonNullGraphType<StringGraphType>>("recordId").Description("The execution-status record of the waiting invocation.")
            .Resolve(c => c.Source.RecordId);
        Field<NonNullGraphType<StringGraphType>>("prompt").Description("What the operator is asked to do (secrets redacted).")
            .Resolve(c => c.Source.Prompt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("expectedVariables")
            .Description("The variables the answer may set.").Resolve(c => c.Source.ExpectedVariables.ToArray());
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("requestedAt").Resolve(c => c.Source.RequestedAt);
    }
}
