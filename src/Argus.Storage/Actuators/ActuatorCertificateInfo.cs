namespace Argus.Storage.Actuators;

/// <summary>The public facts of a configured client certificate, readable without the key: subject, SHA-256 fingerprint (upper-case hex) and expiry.</summary>
public sealed record ActuatorCertificateInfo(string Subject, string Sha256, DateTimeOffset NotAfter);
