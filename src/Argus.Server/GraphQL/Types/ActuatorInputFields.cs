using GraphQL.Types;

namespace Argus.Server.GraphQL.Types;

/// <summary>The optional fields that the create and update inputs share.</summary>
internal static class ActuatorInputFields
{
    public static void AddOptional(InputObjectGraphType input)
    {
        input.Field<OpenC2TransferVersionType>("transferVersion").Description("Default V1_1.");
        input.Field<StringGraphType>("path").Description("The request path, starting with '/'; default /.well-known/openc2 (V1_1) or /openc2 (V1_0).");
        input.Field<OpenC2ActuatorMemberType>("actuatorMember").Description("Default ACTUATOR.");
        input.Field<ListGraphType<NonNullGraphType<StringGraphType>>>("profiles").Description("Actuator profiles by namespace id, e.g. slpf.");
        input.Field<IntGraphType>("timeoutSeconds").Description("1 to 600; default 30.");
        input.Field<OpenC2AuthenticationInputType>("authentication");
        input.Field<OpenC2ClientCertificateInputType>("clientCertificate");
        input.Field<StringGraphType>("trustedCertificateAuthorityPem").Description("PEM certificates to trust for the server instead of the machine's roots.");
        input.Field<StringGraphType>("pinnedServerCertificateSha256").Description("The server certificate's SHA-256 (64 hex digits, colons allowed).");
    }
}
