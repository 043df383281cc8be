using System.Collections.Immutable;
using Argus.Storage.Access;

namespace Argus.Storage.Actuators;

/// <summary>
/// An OpenC2 actuator an organisation has configured, as the API shows it: everything but the secrets, of which only
/// the kind of HTTP authentication and the client certificate's public facts are given.
/// </summary>
public sealed record StoredActuator
{
    public required Guid Id { get; init; }

    public required OrganisationId Organisation { get; init; }

    /// <summary>Unique within the organisation.</summary>
    public required string Name { get; init; }

    /// <summary>The consumer's origin, <c>https://host[:port]</c>.</summary>
    public required Uri Endpoint { get; init; }

    public required ActuatorTransferVersion TransferVersion { get; init; }

    /// <summary>The request path; null means the transfer version's default.</summary>
    public string? Path { get; init; }

    public required ActuatorMember ActuatorMember { get; init; }

    /// <summary>The actuator profiles it implements by namespace id (for example <c>slpf</c>).</summary>
    public required ImmutableArray<string> Profiles { get; init; }

    public required ActuatorEnvironment Environment { get; init; }

    /// <summary>How long a command may take.</summary>
    public required TimeSpan Timeout { get; init; }

    public required ActuatorAuthenticationKind Authentication { get; init; }

    /// <summary>The client certificate's public facts, when mutual TLS is configured.</summary>
    public ActuatorCertificateInfo? ClientCertificate { get; init; }

    /// <summary>PEM certificates trusted for the server instead of the machine's roots (public data, stored as given).</summary>
    public string? TrustedCertificateAuthorityPem { get; init; }

    /// <summary>The server certificate's SHA-256 fingerprint (upper-case hex) that alone is accepted, when pinned.</summary>
    public string? PinnedServerCertificateSha256 { get; init; }

    public required string CreatedBy { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required string UpdatedBy { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }
}
