using System.Net;
using System.Security.Cryptography.X509Certificates;

namespace Argus.ActuatorSim;

/// <summary>How the simulated SLPF actuator listens and which real-world quirks it shows.</summary>
public sealed record SimulatorOptions
{
    /// <summary>Loopback only: <see cref="ActuatorSimulator.StartAsync"/> refuses any other address.</summary>
    /// <value>Default 127.0.0.1.</value>
    public IPAddress Address { get; init; } = IPAddress.Loopback;

    /// <value>Default 0: a free port chosen by the system (read it from <see cref="RunningSimulator.BaseUri"/>).</value>
    public int Port { get; init; }

    /// <value>Default <see cref="SimulatorTransfer.Both"/>.</value>
    public SimulatorTransfer Transfer { get; init; } = SimulatorTransfer.Both;

    /// <summary>Where v1.0 commands are posted (v1.0 leaves the path open).</summary>
    /// <value>Default <c>/openc2</c>.</value>
    public string V1_0Path { get; init; } = "/openc2";

    /// <summary>The server certificate with its private key; a self-signed one for localhost/127.0.0.1/::1 is generated when null.</summary>
    public X509Certificate2? ServerCertificate { get; init; }

    /// <summary>Demand a client certificate issued by <see cref="TrustedClientCertificateAuthority"/> (mutual TLS).</summary>
    public bool RequireClientCertificate { get; init; }

    /// <summary>The CA client certificates must chain to when <see cref="RequireClientCertificate"/> is set.</summary>
    public X509Certificate2? TrustedClientCertificateAuthority { get; init; }

    /// <summary>When set, every request must carry exactly this <c>Authorization</c> header value, else HTTP 401.</summary>
    public string? RequiredAuthorization { get; init; }

    /// <summary>Quirk (yuuki): answer HTTP 200 whatever the OpenC2 status in the body.</summary>
    public bool BodyStatusDiffersFromHttpStatus { get; init; }

    /// <summary>Quirk: answer <c>response_requested: none</c> with HTTP 204 and no body (else a 200 response anyway).</summary>
    public bool NoContentForResponseRequestedNone { get; init; }

    /// <summary>Quirk: answer <c>response_requested: ack</c> with body status 102 (else the complete result).</summary>
    public bool ProcessingForAck { get; init; }

    /// <summary>
    /// Quirk (yuuki): the Content-Type must equal the spec's string byte for byte (HTTP 400 otherwise); when false, the
    /// media type is compared leniently and only a different type is refused (HTTP 415).
    /// </summary>
    public bool ExactContentTypeMatch { get; init; }

    /// <summary>Quirk: wait this long before answering (a hanging consumer); the wait ends when the client gives up.</summary>
    public TimeSpan? HangFor { get; init; }

    /// <summary>Quirk: do not echo <c>X-Request-ID</c> in the response (yuuki).</summary>
    public bool OmitRequestIdHeader { get; init; }

    /// <value>Default <see cref="TimeProvider.System"/>: stamps <c>created</c> and certificate validity.</value>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
