using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Argus.Storage.Actuators;

namespace Argus.Storage.Tests.Actuators;

/// <summary>Builders for actuator input: a valid actuator with fresh secrets, PKCS#12 files and PEM certificates.</summary>
public static class TestActuators
{
    /// <summary>A valid sandbox actuator with a unique name and no credentials.</summary>
    public static NewActuator Minimal(string? name = null) =>
        new(name ?? "fw-" + Guid.NewGuid().ToString("N")[..8], "https://fw.example:8443", ActuatorEnvironment.Sandbox)
        {
            Profiles = ["slpf"],
            Timeout = TimeSpan.FromSeconds(15),
        };

    /// <summary>A token nobody else uses, to search for in raw bytes.</summary>
    public static string NewSecret(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N");

    /// <summary>A self-signed client certificate with its ECDSA key as a PKCS#12 file under <paramref name="password"/>.</summary>
    public static byte[] Pkcs12(string? password, string commonName = "producer")
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={commonName}", key, HashAlgorithmName.SHA256);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        return certificate.Export(X509ContentType.Pkcs12, password);
    }

    /// <summary>A self-signed CA certificate as PEM (no key).</summary>
    public static string CaPem()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=Test CA", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        return certificate.ExportCertificatePem();
    }

    /// <summary>A random 256-bit secrets key in base64.</summary>
    public static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
}
