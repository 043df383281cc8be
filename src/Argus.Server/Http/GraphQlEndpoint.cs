using System.Diagnostics;
using Argus.Server.Authentication;
using Argus.Server.Authorization;
using Argus.Server.GraphQL;
using Argus.Server.Hosting;
using Argus.Server.Observability;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Argus.Server.Http;

/// <summary><c>GET|POST /graphql</c>: reads the request, requires a caller, executes with the access, depth and
/// complexity rules, and answers per the GraphQL-over-HTTP convention.</summary>
internal sealed partial class GraphQlEndpoint
{
    private readonly ISchema _schema;
    private readonly IDocumentExecuter _executer;
    private readonly GraphQlRequestReader _reader;
    private readonly GraphQlResponseWriter _writer;
    private readonly CallerContextFactory _callers;
    private readonly ArgusMetrics _metrics;
    private readonly ILogger<GraphQlEndpoint> _logger;
    private readonly LimitsOptions _limits;
    private readonly IValidationRule[] _rules;

    public GraphQlEndpoint(ISchema schema, IDocumentExecuter executer, IGraphQLTextSerializer serializer,
        CallerContextFactory callers, ArgusMetrics metrics, IOptions<LimitsOptions> limits, ILogger<GraphQlEndpoint> logger)
    {
        _schema = schema;
        _executer = executer;
        _reader = new GraphQlRequestReader(serializer);
        _writer = new GraphQlResponseWriter(serializer);
        _callers = callers;
        _metrics = metrics;
        _logger = logger;
        _limits = limits.Value;
        var complexity = QueryCostRules.Create(_limits.MaxQueryDepth, _limits.MaxQueryComplexity);
        _rules = [.. DocumentValidator.CoreRules, QueryOnlyOverGetRule.Instance, FieldAccessValidationRule.Instance, complexity];
    }

    public async Task HandleAsync(HttpContext http)
    {
        var started = Stopwatch.GetTimestamp();
        var operation = "none";
        try
        {
            operation = await HandleCoreAsync(http).ConfigureAwait(false);
        }
        finally
        {
            _metrics.RecordGraphQlRequest(operation, http.Response.StatusCode, Stopwatch.GetElapsedTime(started));
        }
    }

    private async Task<string> HandleCoreAsync(HttpContext http)
    {
        var cancellationToken = http.RequestAborted;
        var read = await _reader.ReadAsync(http, _limits.MaxRequestBodyBytes, cancellationToken).ConfigureAwait(false);
        if (read is GraphQlReadResult.Rejected rejected)
        {
            RequestRejected(_logger, rejected.StatusCode, rejected.Code);
            await _writer.WriteErrorAsync(http, rejected.StatusCode, rejected.Code, rejected.Message, cancellationToken).ConfigureAwait(false);
            return "none";
        }

        var request = ((GraphQlReadResult.Parsed)read).Request;
        if (_callers.Create(http.User) is not { } caller)
        {
            // No valid token: nothing runs, introspection included. 401 with a GraphQL-shaped body.
            http.Response.Headers.WWWAuthenticate = "Bearer";
            await _writer.WriteErrorAsync(http, StatusCodes.Status401Unauthorized, FieldAccessValidationRule.UnauthenticatedCode,
                "Authentication is required: send a valid bearer token.", cancellationToken).ConfigureAwait(false);
            return "none";
        }

        var result = await _executer.ExecuteAsync(new ExecutionOptions
        {
            Schema = _schema,
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            User = http.User,
            UserContext = new ArgusUserContext(caller, request.IsGet),
            RequestServices = http.RequestServices,
            CancellationToken = cancellationToken,
            ValidationRules = _rules,
            ThrowOnUnhandledException = false,
            UnhandledExceptionDelegate = context =>
            {
                UnexpectedResolverFailure(_logger, context.OriginalException, context.FieldContext?.FieldDefinition.Name ?? "(none)");
                context.ErrorMessage = $"An internal error occurred (request {http.TraceIdentifier}).";
                return Task.CompletedTask;
            },
        }).ConfigureAwait(false);

        foreach (var error in result.Errors?.OfType<UnhandledError>() ?? [])
        {
            error.Code = "INTERNAL_SERVER_ERROR"; // the default code names the exception type
        }

        await _writer.WriteResultAsync(http, result, cancellationToken).ConfigureAwait(false);
        return OperationTypeOf(result, request.OperationName);
    }

    private static string OperationTypeOf(ExecutionResult result, string? operationName)
    {
        if (!result.Executed || result.Document is null)
        {
            return "none";
        }

        var operations = result.Document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var operation = operationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.Find(o => o.Name?.StringValue == operationName);
        return operation?.Operation switch
        {
            OperationType.Query => "query",
            OperationType.Mutation => "mutation",
            OperationType.Subscription => "subscription",
            _ => "none",
        };
    }

    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "GraphQL request rejected with {StatusCode} ({Code})")]
    private static partial void RequestRejected(ILogger logger, int statusCode, string code);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Error, Message = "Unexpected failure resolving field {FieldName}")]
    private static partial void UnexpectedResolverFailure(ILogger logger, Exception exception, string fieldName);
}
