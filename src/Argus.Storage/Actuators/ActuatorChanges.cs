using System.Collections.Immutable;

namespace Argus.Storage.Actuators;

/// <summary>
/// A partial update for <see cref="IActuatorStore.UpdateAsync"/>: a null member keeps the stored value. For the optional
/// texts (<see cref="Path"/>, <see cref="TrustedCertificateAuthorityPem"/>, <see cref="PinnedServerCertificateSha256"/>)
/// an empty string removes the value. Secrets are replaced only when given, so an update need not repeat them.
/// </summary>
public sealed record ActuatorChanges
{
    public string? Name { get; init; }
    public string? Endpoint { get; init; }
    public ActuatorTransferVersion? TransferVersion { get; init; }
    public string? Path { get; init; }
    public ActuatorMember? ActuatorMember { get; init; }
    public ImmutableArray<string>? Profiles { get; init; }
    public ActuatorEnvironment? Environment { get; init; }
    public TimeSpan? Timeout { get; init; }

    /// <summary>Replaces the HTTP authentication (<see cref="ActuatorAuthentication.None"/> removes it).</summary>
    public ActuatorAuthentication? Authentication { get; init; }

    /// <summary>Replaces the client certificate.</summary>
    public ActuatorClientCertificate? ClientCertificate { get; init; }

    /// <summary>Removes the client certificate (ignored when <see cref="ClientCertificate"/> is given).</summary>
    public bool RemoveClientCertificate { get; init; }

    public string? TrustedCertificateAuthorityPem { get; init; }
    public string? PinnedServerCertificateSha256 { get; init; }
}
