using Argus.Server.Authorization;
using Argus.Server.Storage;
using Argus.Storage.Access;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace Argus.Server.GraphQL;

/// <summary>Access to the caller from a resolver.</summary>
public static class ResolveFieldContextExtensions
{
    /// <summary>The authenticated caller. Every executed field has one: <see cref="FieldAccessValidationRule"/>
    /// rejects operations without a caller before execution.</summary>
    public static CallerContext GetCaller(this IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return (context.UserContext as ArgusUserContext)?.Caller
            ?? throw new InvalidOperationException("A field executed without an authenticated caller; the access rule did not run.");
    }

    /// <summary>The caller as a storage scope (organisation, clearance, user); the organisation is created on first use.</summary>
    internal static Task<AccessScope> GetAccessScopeAsync(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<OrganisationRegistry>().ScopeForAsync(context.GetCaller(), context.CancellationToken);
}
