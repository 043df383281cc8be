using Argus.Cacao.Validation;
using Argus.Server.Authorization;
using GraphQL.Types;

namespace Argus.Server.GraphQL.Types;

/// <summary>GraphQL <c>ValidationResult</c>: the outcome of validating a document, problems included as data.</summary>
public sealed class ValidationResultType : ObjectGraphType<ValidationReport>
{
    public ValidationResultType()
    {
        Name = "ValidationResult";
        Description = "Every issue found in one validation pass.";
        this.SetAccess(AccessRequirement.AnyCaller);
        Field<NonNullGraphType<BooleanGraphType>>("valid").Description("True when there is no error.").Resolve(c => c.Source.IsValid);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ValidationIssueType>>>>("errors")
            .Description("Issues that reject the document.").Resolve(c => c.Source.Errors.ToArray());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ValidationIssueType>>>>("warnings")
            .Description("Issues that are stored and shown.").Resolve(c => c.Source.Warnings.ToArray());
    }
}
