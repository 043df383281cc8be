using System.Security.Cryptography.X509Certificates;

namespace Argus.OpenC2.Transfer;

/// <summary>
/// How to reach one actuator: address, transfer version, path, authentication and TLS trust. Records compare by
/// value (certificates by reference), so equal configurations can share one <see cref="OpenC2Client"/>.
/// </summary>
/// <param name="BaseUri">The consumer's origin, <c>https://host[:port]</c>.</param>
public sealed record OpenC2Endpoint(Uri BaseUri)
{
    /// <value>Default <see cref="OpenC2TransferVersion.V1_1"/>.</value>
    public OpenC2TransferVersion Transfer { get; init; } = OpenC2TransferVersion.V1_1;

    /// <summary>The request path; null means <c>/.well-known/openc2</c> for v1.1 and <c>/openc2</c> for v1.0.</summary>
    public string? Path { get; init; }

    /// <summary>The member carrying the actuator on the wire.</summary>
    /// <value>Default <see cref="Language.OpenC2ActuatorMember.Actuator"/> (LS v1.0); <c>Profile</c> for consumers that want <c>profile</c>.</value>
    public Language.OpenC2ActuatorMember ActuatorMember { get; init; } = Language.OpenC2ActuatorMember.Actuator;

    /// <value>Default none.</value>
    public OpenC2Authentication Authentication { get; init; } = OpenC2Authentication.None;

    /// <summary>A client certificate with private key for mutual TLS.</summary>
    public X509Certificate2? ClientCertificate { get; init; }

    /// <summary>
    /// Trust anchors for the server certificate instead of the machine's root store (a private CA, or a self-signed
    /// server certificate itself). Host name checks still apply.
    /// </summary>
    public X509Certificate2Collection? TrustedCertificateAuthorities { get; init; }

    /// <summary>When set, the server certificate is accepted if and only if its SHA-256 fingerprint (hex) equals this.</summary>
    public string? PinnedServerCertificateSha256 { get; init; }

    /// <summary>The default time a command may take, from sending to the end of the response; a send can override it.</summary>
    /// <value>Default 30 seconds.</value>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The envelope's <c>headers.from</c> (v1.1); null leaves it out.</summary>
    public string? From { get; init; }

    /// <summary>Whether the system HTTP proxy settings apply.</summary>
    /// <value>Default false: actuators sit on management networks a general proxy does not reach.</value>
    public bool UseProxy { get; init; }

    /// <summary>The absolute request URI.</summary>
    public Uri RequestUri => new(BaseUri, Path ?? (Transfer == OpenC2TransferVersion.V1_1
        ? OpenC2ContentTypes.WellKnownPath
        : OpenC2ContentTypes.V1_0DefaultPath));
}
