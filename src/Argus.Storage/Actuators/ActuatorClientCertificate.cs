namespace Argus.Storage.Actuators;

/// <summary>
/// A client certificate with its private key for mutual TLS, as a PKCS#12 (PFX) file and its password. Encrypted at
/// rest; <see cref="ToString"/> never shows the key or the password.
/// </summary>
public sealed record ActuatorClientCertificate(ReadOnlyMemory<byte> Pkcs12, string? Password)
{
    public override string ToString() => $"client certificate ({Pkcs12.Length} bytes of PKCS#12, password hidden)";
}
