using Argus.Server.Authorization;

namespace Argus.Server.GraphQL;

/// <summary>The per-request GraphQL user context: the authenticated caller and how the request arrived.</summary>
public sealed class ArgusUserContext : Dictionary<string, object?>
{
    public ArgusUserContext(CallerContext? caller, bool isGetRequest)
    {
        Caller = caller;
        IsGetRequest = isGetRequest;
    }

    /// <summary>The caller, or null when the request carried no valid token.</summary>
    public CallerContext? Caller { get; }

    /// <summary>True for <c>GET /graphql</c>, which may only run queries.</summary>
    public bool IsGetRequest { get; }
}
