namespace Argus.Storage.Actuators;

/// <summary>A draft that passed validation, with its normalised values (origin URI, fingerprint, new certificate's facts).</summary>
internal sealed record ValidatedActuator(
    ActuatorDraft Draft, string Name, Uri Endpoint, string? PinnedServerCertificateSha256, ActuatorCertificateInfo? NewClientCertificate);
