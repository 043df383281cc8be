using System.Collections.Immutable;

namespace Argus.Storage.Actuators;

/// <summary>What <see cref="IActuatorStore.CreateAsync"/> stores; everything is validated, nothing is trusted.</summary>
/// <param name="Name">Unique within the organisation, at most <see cref="ActuatorLimits.MaxNameLength"/> characters.</param>
/// <param name="Endpoint">An absolute <c>https://host[:port]</c> origin: no user info, path, query or fragment.</param>
/// <param name="Environment">Production or sandbox.</param>
public sealed record NewActuator(string Name, string Endpoint, ActuatorEnvironment Environment)
{
    /// <value>Default <see cref="ActuatorTransferVersion.V1_1"/>.</value>
    public ActuatorTransferVersion TransferVersion { get; init; } = ActuatorTransferVersion.V1_1;

    /// <summary>The request path (starting with <c>/</c>); null for the transfer version's default.</summary>
    public string? Path { get; init; }

    /// <value>Default <see cref="ActuatorMember.Actuator"/>.</value>
    public ActuatorMember ActuatorMember { get; init; } = ActuatorMember.Actuator;

    /// <value>Default none.</value>
    public ImmutableArray<string> Profiles { get; init; } = [];

    /// <value>Default <see cref="ActuatorLimits.DefaultTimeout"/>.</value>
    public TimeSpan Timeout { get; init; } = ActuatorLimits.DefaultTimeout;

    /// <value>Default none.</value>
    public ActuatorAuthentication Authentication { get; init; } = ActuatorAuthentication.None;

    public ActuatorClientCertificate? ClientCertificate { get; init; }

    /// <summary>One or more PEM certificates to trust for the server instead of the machine's roots.</summary>
    public string? TrustedCertificateAuthorityPem { get; init; }

    /// <summary>A SHA-256 fingerprint (64 hex digits, colons allowed) that alone is accepted as the server certificate.</summary>
    public string? PinnedServerCertificateSha256 { get; init; }
}
