using Argus.Server.Authorization;
using GraphQL.Types;

namespace Argus.Server.GraphQL.Types;

/// <summary>GraphQL input <c>UpdateOpenC2ActuatorInput</c>: a partial update.</summary>
public sealed class UpdateOpenC2ActuatorInputType : InputObjectGraphType
{
    public UpdateOpenC2ActuatorInputType()
    {
        Name = "UpdateOpenC2ActuatorInput";
        this.SetAccess(AccessRequirement.AnyCaller); // the root field that takes this input decides
        Description = "Changes to an actuator: an omitted or null field keeps its value; an empty path, trustedCertificateAuthorityPem or "
                      + "pinnedServerCertificateSha256 removes it. Secrets are replaced only when given.";
        Field<StringGraphType>("name");
        Field<StringGraphType>("endpoint");
        Field<OpenC2ActuatorEnvironmentType>("environment");
        ActuatorInputFields.AddOptional(this);
        Field<BooleanGraphType>("removeClientCertificate").Description("Removes the client certificate (ignored when clientCertificate is given).");
    }
}
