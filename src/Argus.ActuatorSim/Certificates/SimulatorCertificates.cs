using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Argus.OpenC2.Transfer;

namespace Argus.ActuatorSim.Certificates;

/// <summary>
/// Generates the certificates a sandbox needs: a self-signed server certificate for loopback, and a small private CA
/// that issues server and client certificates (mutual TLS). ECDSA P-256, valid one day from the given clock.
/// </summary>
public static class SimulatorCertificates
{
    private static readonly TimeSpan Validity = TimeSpan.FromDays(1);

    /// <summary>A self-signed server certificate for <c>localhost</c>, 127.0.0.1 and ::1.</summary>
    public static X509Certificate2 CreateSelfSignedServer(TimeProvider timeProvider, string commonName = "localhost")
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = LeafRequest(commonName, key, OpenC2CertificateTrust.ServerAuthentication);
        AddLoopbackNames(request);
        var now = timeProvider.GetUtcNow();
        using var certificate = request.CreateSelfSigned(now.AddMinutes(-5), now.Add(Validity));
        return Reload(certificate);
    }

    /// <summary>A certificate authority that can sign server and client certificates.</summary>
    public static X509Certificate2 CreateAuthority(TimeProvider timeProvider, string commonName)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={commonName}", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, true, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(
            X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign | X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        var now = timeProvider.GetUtcNow();
        using var certificate = request.CreateSelfSigned(now.AddMinutes(-5), now.Add(Validity));
        return Reload(certificate);
    }

    /// <summary>A server certificate for loopback issued by <paramref name="authority"/>.</summary>
    public static X509Certificate2 IssueServer(X509Certificate2 authority, TimeProvider timeProvider, string commonName = "localhost")
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = LeafRequest(commonName, key, OpenC2CertificateTrust.ServerAuthentication);
        AddLoopbackNames(request);
        return Issue(authority, request, key, timeProvider);
    }

    /// <summary>A client certificate (mutual TLS) issued by <paramref name="authority"/>.</summary>
    public static X509Certificate2 IssueClient(X509Certificate2 authority, TimeProvider timeProvider, string commonName)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = LeafRequest(commonName, key, OpenC2CertificateTrust.ClientAuthentication);
        return Issue(authority, request, key, timeProvider);
    }

    /// <summary>The certificate alone (no key) as PEM, for a producer to trust.</summary>
    public static string ExportPem(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return certificate.ExportCertificatePem();
    }

    private static CertificateRequest LeafRequest(string commonName, ECDsa key, Oid usage)
    {
        var request = new CertificateRequest($"CN={commonName}", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([usage], false));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        return request;
    }

    private static void AddLoopbackNames(CertificateRequest request)
    {
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        names.AddIpAddress(IPAddress.IPv6Loopback);
        request.CertificateExtensions.Add(names.Build());
    }

    private static X509Certificate2 Issue(X509Certificate2 authority, CertificateRequest request, ECDsa key, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(authority);
        var now = timeProvider.GetUtcNow();
        var notAfter = now.Add(Validity) < authority.NotAfter ? now.Add(Validity) : new DateTimeOffset(authority.NotAfter);
        var serial = new byte[16];
        RandomNumberGenerator.Fill(serial);
        serial[0] &= 0x7F;
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(authority, true, false));
        using var issued = request.Create(authority, now.AddMinutes(-5), notAfter, serial);
        using var withKey = issued.CopyWithPrivateKey(key);
        return Reload(withKey);
    }

    // SslStream wants a key it can use on every platform: a PKCS#12 round trip turns an ephemeral key into a loaded one.
    private static X509Certificate2 Reload(X509Certificate2 certificate) =>
        X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null);
}
