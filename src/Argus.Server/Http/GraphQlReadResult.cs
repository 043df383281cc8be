namespace Argus.Server.Http;

/// <summary>The outcome of reading a GraphQL request from HTTP: a request, or why there is none.</summary>
internal abstract record GraphQlReadResult
{
    private GraphQlReadResult()
    {
    }

    public sealed record Parsed(GraphQlHttpRequest Request) : GraphQlReadResult;

    /// <summary>An HTTP-level rejection, answered with <paramref name="StatusCode"/> and a GraphQL-shaped error.</summary>
    public sealed record Rejected(int StatusCode, string Code, string Message) : GraphQlReadResult;
}
