using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Argus.OpenC2.Transfer;

/// <summary>Certificate checks against an explicit set of trust anchors, independent of the machine's root store.</summary>
public static class OpenC2CertificateTrust
{
    /// <summary>
    /// True when <paramref name="certificate"/> chains to one of <paramref name="anchors"/> (custom root trust, no
    /// revocation check: the anchors are private CAs without CRLs), and carries <paramref name="usage"/> when it has
    /// an enhanced key usage extension.
    /// </summary>
    public static bool ChainsTo(X509Certificate2 certificate, X509Certificate2Collection anchors, Oid usage,
        X509Certificate2Collection? intermediates = null)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        ArgumentNullException.ThrowIfNull(anchors);
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(anchors);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.ApplicationPolicy.Add(usage);
        if (intermediates is not null)
        {
            chain.ChainPolicy.ExtraStore.AddRange(intermediates);
        }

        try
        {
            return chain.Build(certificate);
        }
        finally
        {
            foreach (var element in chain.ChainElements)
            {
                if (!ReferenceEquals(element.Certificate, certificate))
                {
                    element.Certificate.Dispose();
                }
            }
        }
    }

    /// <summary>The SHA-256 fingerprint as upper-case hex without separators.</summary>
    public static string Sha256Fingerprint(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return certificate.GetCertHashString(HashAlgorithmName.SHA256);
    }

    /// <summary>Server authentication, 1.3.6.1.5.5.7.3.1.</summary>
    public static Oid ServerAuthentication { get; } = new("1.3.6.1.5.5.7.3.1");

    /// <summary>Client authentication, 1.3.6.1.5.5.7.3.2.</summary>
    public static Oid ClientAuthentication { get; } = new("1.3.6.1.5.5.7.3.2");
}
