using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Argus.Storage.Access;
using Argus.Storage.Actuators;
using Argus.Storage.Secrets;

namespace Argus.Storage.Sql;

/// <summary>
/// Seals and opens an actuator's secrets: the authentication (<c>authentication_secret</c>) and the client certificate
/// (<c>client_certificate_secret</c>) apart, so either can be replaced without the other. The associated data names the
/// organisation, the actuator and the purpose.
/// </summary>
internal sealed class ActuatorSecrets(SecretBox box)
{
    private const string AuthenticationPurpose = "authentication";
    private const string CertificatePurpose = "client-certificate";

    public byte[]? SealAuthentication(OrganisationId organisation, Guid id, ActuatorAuthentication authentication)
    {
        var plaintext = authentication switch
        {
            ActuatorAuthentication.Bearer bearer => Json(w => w.WriteString("token", bearer.Token)),
            ActuatorAuthentication.Basic basic => Json(w =>
            {
                w.WriteString("user", basic.UserName);
                w.WriteString("password", basic.Password);
            }),
            _ => null,
        };
        return plaintext is null ? null : SealAndWipe(plaintext, organisation, id, AuthenticationPurpose);
    }

    public byte[] SealClientCertificate(OrganisationId organisation, Guid id, ActuatorClientCertificate certificate)
    {
        var plaintext = Json(w =>
        {
            w.WriteBase64String("pkcs12", certificate.Pkcs12.Span);
            if (certificate.Password is not null)
            {
                w.WriteString("password", certificate.Password);
            }
        });
        return SealAndWipe(plaintext, organisation, id, CertificatePurpose);
    }

    /// <exception cref="SecretDecryptionException">Wrong key or damaged.</exception>
    public ActuatorCredentials Open(ActuatorRow row)
    {
        var organisation = OrganisationId.From(row.OrganisationId);
        var id = Guid.Parse(row.Id);
        var authentication = ActuatorAuthentication.None;
        var kind = ActuatorColumnValues.ParseAuthentication(row.Authentication);
        if (kind != ActuatorAuthenticationKind.None)
        {
            authentication = OpenJson<ActuatorAuthentication>(row.AuthenticationSecret, organisation, id, AuthenticationPurpose, root =>
                kind == ActuatorAuthenticationKind.Bearer
                    ? new ActuatorAuthentication.Bearer(root.GetProperty("token").GetString()!)
                    : new ActuatorAuthentication.Basic(root.GetProperty("user").GetString()!, root.GetProperty("password").GetString()!));
        }

        ActuatorClientCertificate? certificate = null;
        if (row.ClientCertificateSecret is not null)
        {
            certificate = OpenJson(row.ClientCertificateSecret, organisation, id, CertificatePurpose, root =>
                new ActuatorClientCertificate(root.GetProperty("pkcs12").GetBytesFromBase64(),
                    root.TryGetProperty("password", out var password) ? password.GetString() : null));
        }

        return new ActuatorCredentials(authentication, certificate);
    }

    // The document reads the plaintext buffer in place, so the buffer is wiped only once the values are copied out.
    private T OpenJson<T>(byte[]? sealedValue, OrganisationId organisation, Guid id, string purpose, Func<JsonElement, T> read)
    {
        if (sealedValue is null)
        {
            throw new SecretDecryptionException(SecretFailure.Damaged, $"The {purpose} secret of actuator {id} is missing from its row.");
        }

        var plaintext = box.Open(sealedValue, AssociatedData(organisation, id, purpose));
        try
        {
            using var document = JsonDocument.Parse(plaintext);
            return read(document.RootElement);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }

    private byte[] SealAndWipe(byte[] plaintext, OrganisationId organisation, Guid id, string purpose)
    {
        try
        {
            return box.Seal(plaintext, AssociatedData(organisation, id, purpose));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }

    private static byte[] AssociatedData(OrganisationId organisation, Guid id, string purpose) =>
        Encoding.UTF8.GetBytes($"argus/actuator-secret/v1\n{organisation.Value}\n{id:D}\n{purpose}");

    private static byte[] Json(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
