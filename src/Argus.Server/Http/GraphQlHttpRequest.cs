using GraphQL;

namespace Argus.Server.Http;

/// <summary>One GraphQL request as it arrived over HTTP, shape already checked.</summary>
internal sealed record GraphQlHttpRequest(string Query, string? OperationName, Inputs? Variables, Inputs? Extensions, bool IsGet);
