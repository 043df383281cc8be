using System.ComponentModel.DataAnnotations;

namespace Argus.Server.Authentication;

/// <summary>Claim names for the caller's identity; change them to map an identity provider's tokens.</summary>
public sealed class ClaimNameOptions
{
    /// <summary>The user. <value>Default <c>sub</c>.</value></summary>
    [Required]
    public string Subject { get; set; } = "sub";

    /// <summary>The organisation. <value>Default <c>org</c>.</value></summary>
    [Required]
    public string Organization { get; set; } = "org";

    /// <summary>The clearance level (UNCLASSIFIED … TOP_SECRET). <value>Default <c>clearance</c>.</value></summary>
    [Required]
    public string Clearance { get; set; } = "clearance";

    /// <summary>The roles, one claim per role or a JSON array. <value>Default <c>roles</c>.</value></summary>
    [Required]
    public string Roles { get; set; } = "roles";
}
