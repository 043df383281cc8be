using Argus.Server.Authorization;
using GraphQL.Types;

namespace Argus.Server.GraphQL.Types;

/// <summary>GraphQL input <c>OpenC2ClientCertificateInput</c>: a write-only client certificate for mutual TLS.</summary>
public sealed class OpenC2ClientCertificateInputType : InputObjectGraphType
{
    public OpenC2ClientCertificateInputType()
    {
        Name = "OpenC2ClientCertificateInput";
        this.SetAccess(AccessRequirement.AnyCaller); // the root field that takes this input decides
        Description = "A client certificate with its private key. Stored encrypted; only subject, fingerprint and expiry are returned.";
        Field<NonNullGraphType<StringGraphType>>("pkcs12Base64").Description("The PKCS#12 (PFX) file, base64 (at most 64 KiB decoded).");
        Field<StringGraphType>("password").Description("The PKCS#12 password.");
    }
}
