using Argus.Server.Authorization;
using Argus.Storage.Actuators;
using GraphQL.Types;

namespace Argus.Server.GraphQL.Types;

/// <summary>
/// GraphQL <c>OpenC2Actuator</c>: a configured actuator without its secrets. The root fields require the admin role;
/// the type has no field that could carry a token, password or private key.
/// </summary>
public sealed class OpenC2ActuatorType : ObjectGraphType<StoredActuator>
{
    public OpenC2ActuatorType()
    {
        Name = "OpenC2Actuator";
        Description = "An OpenC2 actuator of the caller's organisation. Credentials are write-only: only their kind is shown.";
        this.SetAccess(AccessRequirement.AnyCaller);
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id.ToString("D"));
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("endpoint").Description("The consumer's origin, https://host[:port].")
            .Resolve(c => c.Source.Endpoint.GetLeftPart(UriPartial.Authority));
        Field<NonNullGraphType<OpenC2TransferVersionType>>("transferVersion").Resolve(c => c.Source.TransferVersion);
        Field<StringGraphType>("path").Description("The request path; null for the transfer version's default.").Resolve(c => c.Source.Path);
        Field<NonNullGraphType<OpenC2ActuatorMemberType>>("actuatorMember").Resolve(c => c.Source.ActuatorMember);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("profiles").Resolve(c => c.Source.Profiles.ToArray());
        Field<NonNullGraphType<OpenC2ActuatorEnvironmentType>>("environment").Resolve(c => c.Source.Environment);
        Field<NonNullGraphType<IntGraphType>>("timeoutSeconds").Resolve(c => (int)c.Source.Timeout.TotalSeconds);
        Field<NonNullGraphType<OpenC2AuthenticationKindType>>("authentication").Description("Which HTTP authentication is set (never the secret).")
            .Resolve(c => c.Source.Authentication);
        Field<OpenC2ClientCertificateInfoType>("clientCertificate").Description("The client certificate for mutual TLS, when set (never the key).")
            .Resolve(c => c.Source.ClientCertificate);
        Field<StringGraphType>("trustedCertificateAuthorityPem").Description("PEM certificates trusted for the server instead of the machine's roots.")
            .Resolve(c => c.Source.TrustedCertificateAuthorityPem);
        Field<StringGraphType>("pinnedServerCertificateSha256").Description("The only server certificate accepted, as SHA-256 upper-case hex.")
            .Resolve(c => c.Source.PinnedServerCertificateSha256);
        Field<NonNullGraphType<StringGraphType>>("createdBy").Resolve(c => c.Source.CreatedBy);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Resolve(c => c.Source.CreatedAt);
        Field<NonNullGraphType<StringGraphType>>("updatedBy").Resolve(c => c.Source.UpdatedBy);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("updatedAt").Resolve(c => c.Source.UpdatedAt);
    }
}
