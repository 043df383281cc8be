using Argus.Server.GraphQL;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Argus.Server.Http;

/// <summary>GraphQL over HTTP: a GET request may only run a query (a mutation over GET answers 405).</summary>
internal sealed class QueryOnlyOverGetRule : ValidationRuleBase
{
    public const string Code = "METHOD_NOT_ALLOWED";

    public static QueryOnlyOverGetRule Instance { get; } = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.UserContext is ArgusUserContext { IsGetRequest: true }
            && context.Operation is { Operation: not OperationType.Query } operation)
        {
            context.ReportError(new ValidationError(context.Document.Source, null,
                "Only queries may be sent with GET; use POST for mutations.", operation) { Code = Code });
        }

        return default;
    }
}
