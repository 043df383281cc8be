using System.Collections.Immutable;
using System.Security.Claims;
using System.Text.Json;
using Argus.Server.Authorization;
using Argus.Storage.Access;
using Microsoft.Extensions.Options;

namespace Argus.Server.Authentication;

/// <summary>Reads the caller from a validated token's claims, by the configured claim names.</summary>
public sealed class CallerContextFactory(IOptions<ArgusAuthenticationOptions> options)
{
    private const int MaxClaimLength = 256;

    /// <summary>The caller, or null when the principal is anonymous or lacks a usable subject, organisation or
    /// clearance (such a token authenticates no one).</summary>
    public CallerContext? Create(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var names = options.Value.ClaimNames;
        var user = principal.FindFirst(names.Subject)?.Value;
        var organization = principal.FindFirst(names.Organization)?.Value;
        // The organisation keys every storage row: one storage cannot name (spaces, slashes, …) authenticates no one.
        if (!IsUsable(user) || !OrganisationId.TryParse(organization, out _)
            || !ClaimValues.TryParseLevel(principal.FindFirst(names.Clearance)?.Value, out var clearance))
        {
            return null;
        }

        var roles = principal.FindAll(names.Roles).SelectMany(c => SplitRoles(c.Value))
            .Select(name => ClaimValues.TryParseRole(name, out var role) ? role : null)
            .OfType<Role>()
            .ToImmutableHashSet();
        return new CallerContext(user, organization, clearance, roles);
    }

    private static bool IsUsable([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? value) =>
        !string.IsNullOrWhiteSpace(value) && value.Length <= MaxClaimLength;

    private static IEnumerable<string> SplitRoles(string value)
    {
        // Identity providers send roles one claim per role, as a JSON array in one claim, or space-separated.
        var trimmed = value.Trim();
        if (trimmed.StartsWith('['))
        {
            try
            {
                return JsonSerializer.Deserialize<string[]>(trimmed) ?? [];
            }
            catch (JsonException)
            {
                return []; // not an array of strings: grants nothing
            }
        }

        return trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }
}
