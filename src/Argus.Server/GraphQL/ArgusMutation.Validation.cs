using Argus.Cacao.Validation;
using Argus.Server.Authorization;
using Argus.Server.GraphQL.Types;
using GraphQL;
using GraphQL.Types;

namespace Argus.Server.GraphQL;

public sealed partial class ArgusMutation
{
    private void AddValidationFields()
    {
        Field<NonNullGraphType<ValidationResultType>>("validateCacaoPlaybook")
            .Description("Validates a CACAO v2.0 document without storing it. Problems are data in the result, not GraphQL errors.")
            .Argument<NonNullGraphType<StringGraphType>>("document", "The playbook as JSON text.")
            .Argument<BooleanGraphType>("strict", "Treat warnings as errors (default false).")
            .RequiresRole(Role.Author)
            .Resolve(context =>
            {
                var strict = context.GetArgument("strict", false);
                var validator = new PlaybookValidator(ValidationOptions.Default with { Strict = strict });
                return validator.Validate(context.GetArgument<string>("document"));
            });
    }
}
