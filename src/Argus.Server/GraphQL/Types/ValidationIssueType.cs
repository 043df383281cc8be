using Argus.Cacao.Validation;
using Argus.Server.Authorization;
using GraphQL.Types;

namespace Argus.Server.GraphQL.Types;

/// <summary>GraphQL <c>ValidationIssue</c>: one problem in a CACAO document, shared by validation and import.</summary>
public sealed class ValidationIssueType : ObjectGraphType<ValidationIssue>
{
    public ValidationIssueType()
    {
        Name = "ValidationIssue";
        Description = "One problem found in a CACAO document.";
        this.SetAccess(AccessRequirement.AnyCaller);
        Field<NonNullGraphType<StringGraphType>>("path").Description("RFC 6901 JSON pointer to the offending value (\"\" for the whole document).")
            .Resolve(c => c.Source.Path);
        Field<NonNullGraphType<StringGraphType>>("code").Description("Stable machine-readable code, such as reference.unresolved.")
            .Resolve(c => c.Source.Code);
        Field<NonNullGraphType<IssueSeverityType>>("severity").Resolve(c => c.Source.Severity);
        Field<NonNullGraphType<StringGraphType>>("message").Description("Plain-language explanation.").Resolve(c => c.Source.Message);
    }
}
