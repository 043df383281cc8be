using Argus.Server.Authorization;
using Argus.Storage.Actuators;
using GraphQL.Types;

namespace Argus.Server.GraphQL.Types;

/// <summary>GraphQL <c>OpenC2ClientCertificateInfo</c>: the public facts of a configured client certificate.</summary>
public sealed class OpenC2ClientCertificateInfoType : ObjectGraphType<ActuatorCertificateInfo>
{
    public OpenC2ClientCertificateInfoType()
    {
        Name = "OpenC2ClientCertificateInfo";
        Description = "The configured client certificate (mutual TLS), without its key.";
        this.SetAccess(AccessRequirement.AnyCaller);
        Field<NonNullGraphType<StringGraphType>>("subject").Resolve(c => c.Source.Subject);
        Field<NonNullGraphType<StringGraphType>>("sha256").Description("SHA-256 fingerprint, upper-case hex.").Resolve(c => c.Source.Sha256);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("notAfter").Resolve(c => c.Source.NotAfter);
    }
}
