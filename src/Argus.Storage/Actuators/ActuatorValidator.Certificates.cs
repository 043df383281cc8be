using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Argus.Storage.Actuators;

internal static partial class ActuatorValidator
{
    private static ActuatorCertificateInfo? CheckClientCertificate(ActuatorClientCertificate? certificate, ImmutableArray<ActuatorIssue>.Builder issues)
    {
        const string Field = "clientCertificate";
        if (certificate is null)
        {
            return null;
        }

        if (certificate.Pkcs12.Length > ActuatorLimits.MaxPkcs12Bytes)
        {
            issues.Add(new(Field, ActuatorIssueCodes.TooLong, $"The PKCS#12 file exceeds {ActuatorLimits.MaxPkcs12Bytes} bytes."));
            return null;
        }

        if (certificate.Password is { Length: > ActuatorLimits.MaxPasswordLength })
        {
            issues.Add(new(Field, ActuatorIssueCodes.TooLong, $"The PKCS#12 password exceeds {ActuatorLimits.MaxPasswordLength} characters."));
            return null;
        }

        X509Certificate2 loaded;
        try
        {
            loaded = X509CertificateLoader.LoadPkcs12(certificate.Pkcs12.Span, certificate.Password, X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (CryptographicException)
        {
            issues.Add(new(Field, ActuatorIssueCodes.InvalidPkcs12, "The client certificate is not a readable PKCS#12 file, or its password is wrong."));
            return null;
        }

        using (loaded)
        {
            if (!loaded.HasPrivateKey)
            {
                issues.Add(new(Field, ActuatorIssueCodes.NoPrivateKey, "The PKCS#12 file holds no private key for its certificate."));
                return null;
            }

            return new ActuatorCertificateInfo(loaded.Subject, loaded.GetCertHashString(HashAlgorithmName.SHA256),
                new DateTimeOffset(loaded.NotAfter.ToUniversalTime()));
        }
    }

    private static void CheckTrustedAuthorities(string? pem, ImmutableArray<ActuatorIssue>.Builder issues)
    {
        const string Field = "trustedCertificateAuthorityPem";
        if (pem is null)
        {
            return;
        }

        if (pem.Length > ActuatorLimits.MaxPemLength)
        {
            issues.Add(new(Field, ActuatorIssueCodes.TooLong, $"The PEM text exceeds {ActuatorLimits.MaxPemLength} characters."));
            return;
        }

        // Stored in clear as public data: a private key pasted by mistake must not end up there.
        if (pem.Contains("PRIVATE KEY", StringComparison.Ordinal))
        {
            issues.Add(new(Field, ActuatorIssueCodes.PemHasPrivateKey, "The trusted certificates must not include a private key."));
            return;
        }

        var certificates = new X509Certificate2Collection();
        try
        {
            certificates.ImportFromPem(pem);
            if (certificates.Count == 0)
            {
                issues.Add(new(Field, ActuatorIssueCodes.InvalidPem, "The text holds no PEM CERTIFICATE block."));
            }
        }
        catch (CryptographicException)
        {
            issues.Add(new(Field, ActuatorIssueCodes.InvalidPem, "The text is not valid PEM certificates."));
        }
        finally
        {
            foreach (var certificate in certificates)
            {
                certificate.Dispose();
            }
        }
    }

    private static string? CheckPin(string? pin, ImmutableArray<ActuatorIssue>.Builder issues)
    {
        if (pin is null)
        {
            return null;
        }

        var hex = pin.Replace(":", "", StringComparison.Ordinal);
        if (hex.Length == 64 && hex.All(char.IsAsciiHexDigit))
        {
            return hex.ToUpperInvariant();
        }

        issues.Add(new("pinnedServerCertificateSha256", ActuatorIssueCodes.InvalidFingerprint,
            "The pin is a SHA-256 fingerprint: 64 hexadecimal digits, colons allowed."));
        return null;
    }
}
