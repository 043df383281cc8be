using Argus.Server.Authorization;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Argus.Server.Authentication;

/// <summary>Signs local tokens (ES256) that the server accepts when no OIDC authority is configured.</summary>
public static class LocalTokenIssuer
{
    /// <summary>A signed JWT for <paramref name="request"/>, valid from now for its lifetime.</summary>
    public static string Create(LocalSigningKey key, TokenRequest request, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.User);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Organization);
        if (request.Lifetime <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(request), request.Lifetime, "A token's lifetime must be positive.");
        }

        var now = timeProvider.GetUtcNow().UtcDateTime;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = LocalSigningKey.Issuer,
            Audience = LocalSigningKey.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + request.Lifetime,
            SigningCredentials = new SigningCredentials(key.Key, SecurityAlgorithms.EcdsaSha256),
            Claims = new Dictionary<string, object>
            {
                [JwtRegisteredClaimNames.Sub] = request.User,
                ["org"] = request.Organization,
                ["clearance"] = ClaimValues.Format(request.Clearance),
                ["roles"] = request.Roles.Distinct().Order().Select(ClaimValues.Format).ToArray(),
            },
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }
}
