using System.ComponentModel.DataAnnotations;

namespace Argus.Server.Authentication;

/// <summary>How callers authenticate. Without <see cref="Authority"/>, tokens signed by the local key in the data
/// directory (<c>argus token create</c>) are accepted; with it, an OIDC provider's tokens are accepted instead.</summary>
public sealed class ArgusAuthenticationOptions
{
    public const string Section = "Argus:Authentication";

    /// <summary>The OIDC issuer URL (its discovery document gives the signing keys).</summary>
    /// <value>Default null: local tokens.</value>
    [Url]
    public string? Authority { get; set; }

    /// <summary>The audience tokens must carry in OIDC mode.</summary>
    /// <value>Default null; required when <see cref="Authority"/> is set.</value>
    public string? Audience { get; set; }

    /// <summary>Whether the OIDC metadata must come over HTTPS.</summary>
    /// <value>Default true.</value>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>Tolerated clock difference when checking token lifetimes.</summary>
    /// <value>Default 30 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Which token claims carry the caller's identity.</summary>
    [Required]
    public ClaimNameOptions ClaimNames { get; set; } = new();

    /// <summary>True in OIDC mode.</summary>
    public bool UsesOidc => !string.IsNullOrWhiteSpace(Authority);
}
