using System.Security.Cryptography.X509Certificates;
using Argus.Execution.Capabilities.OpenC2;
using Argus.OpenC2.Language;
using Argus.OpenC2.Transfer;
using Argus.Storage.Actuators;
using ExecutionEnvironment = Argus.Execution.Capabilities.OpenC2.ActuatorEnvironment;
using StoredEnvironment = Argus.Storage.Actuators.ActuatorEnvironment;

namespace Argus.Server.Actuators;

/// <summary>Turns a stored actuator with its decrypted credentials into what the OpenC2 client and the engine use.</summary>
internal static class ActuatorEndpoints
{
    public static ConfiguredActuator ToConfigured(ActuatorWithCredentials stored) => new(
        stored.Actuator.Name,
        ToEndpoint(stored),
        stored.Actuator.Environment == StoredEnvironment.Sandbox ? ExecutionEnvironment.Sandbox : ExecutionEnvironment.Production,
        stored.Actuator.Profiles);

    public static OpenC2Endpoint ToEndpoint(ActuatorWithCredentials stored)
    {
        var actuator = stored.Actuator;
        var credentials = stored.Credentials;
        return new OpenC2Endpoint(actuator.Endpoint)
        {
            Transfer = actuator.TransferVersion == ActuatorTransferVersion.V1_0 ? OpenC2TransferVersion.V1_0 : OpenC2TransferVersion.V1_1,
            Path = actuator.Path,
            ActuatorMember = actuator.ActuatorMember == ActuatorMember.Profile ? OpenC2ActuatorMember.Profile : OpenC2ActuatorMember.Actuator,
            Authentication = credentials.Authentication switch
            {
                ActuatorAuthentication.Bearer bearer => new OpenC2Authentication.Bearer(bearer.Token),
                ActuatorAuthentication.Basic basic => new OpenC2Authentication.Basic(basic.UserName, basic.Password),
                _ => OpenC2Authentication.None,
            },
            // The store checked the file and its password when it was written.
            ClientCertificate = credentials.ClientCertificate is { } certificate
                ? X509CertificateLoader.LoadPkcs12(certificate.Pkcs12.Span, certificate.Password)
                : null,
            TrustedCertificateAuthorities = actuator.TrustedCertificateAuthorityPem is { } pem ? Anchors(pem) : null,
            PinnedServerCertificateSha256 = actuator.PinnedServerCertificateSha256,
            Timeout = actuator.Timeout,
        };
    }

    private static X509Certificate2Collection Anchors(string pem)
    {
        var anchors = new X509Certificate2Collection();
        anchors.ImportFromPem(pem);
        return anchors;
    }
}
