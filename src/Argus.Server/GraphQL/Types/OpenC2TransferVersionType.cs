using Argus.Storage.Actuators;
using GraphQL.Types;

namespace Argus.Server.GraphQL.Types;

/// <summary>GraphQL <c>OpenC2TransferVersion</c>: V1_1 (default) or V1_0.</summary>
public sealed class OpenC2TransferVersionType : EnumerationGraphType
{
    public OpenC2TransferVersionType()
    {
        Name = "OpenC2TransferVersion";
        Description = "The OpenC2 HTTPS transfer specification an actuator speaks.";
        Add("V1_1", ActuatorTransferVersion.V1_1, "HTTPS v1.1 (2021): POST /.well-known/openc2, application/openc2+json, message envelope.");
        Add("V1_0", ActuatorTransferVersion.V1_0, "HTTPS v1.0 (2019): openc2-cmd+json / openc2-rsp+json, bare command and response.");
    }
}
