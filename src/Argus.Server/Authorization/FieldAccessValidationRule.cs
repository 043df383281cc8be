using Argus.Server.GraphQL;
using GraphQL;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Argus.Server.Authorization;

/// <summary>
/// The one place roles are enforced: before anything executes, every selected field is checked against its
/// declared <see cref="AccessRequirement"/>. Undeclared fields are denied (fail closed). A denial rejects the whole
/// operation, so a forbidden mutation never runs.
/// </summary>
internal sealed class FieldAccessValidationRule : ValidationRuleBase
{
    public const string ForbiddenCode = "FORBIDDEN";
    public const string UnauthenticatedCode = "UNAUTHENTICATED";

    private static readonly MatchingNodeVisitor<GraphQLField> Visitor = new(static (node, context) => Check(node, context));

    public static FieldAccessValidationRule Instance { get; } = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(Visitor);

    private static void Check(GraphQLField node, ValidationContext context)
    {
        var field = context.TypeInfo.GetFieldDef();
        var parent = context.TypeInfo.GetParentType()?.GetNamedType();
        if (field is null || parent is null)
        {
            return; // an unknown field: FieldsOnCorrectType reports it
        }

        if ((context.UserContext as ArgusUserContext)?.Caller is not { } caller)
        {
            context.ReportError(new ValidationError(context.Document.Source, null, "Authentication is required.", node)
            {
                Code = UnauthenticatedCode,
            });
            return;
        }

        var requirement = AccessMetadata.Resolve(context.Schema, parent, field);
        if (requirement is null || !requirement.IsMetBy(caller))
        {
            context.ReportError(new ValidationError(context.Document.Source, null,
                $"Access to field '{parent.Name}.{field.Name}' is denied.", node)
            {
                Code = ForbiddenCode,
            });
        }
    }
}
