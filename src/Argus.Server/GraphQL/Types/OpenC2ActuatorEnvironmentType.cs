using Argus.Storage.Actuators;
using GraphQL.Types;

namespace Argus.Server.GraphQL.Types;

/// <summary>GraphQL <c>OpenC2ActuatorEnvironment</c>: PRODUCTION or SANDBOX.</summary>
public sealed class OpenC2ActuatorEnvironmentType : EnumerationGraphType
{
    public OpenC2ActuatorEnvironmentType()
    {
        Name = "OpenC2ActuatorEnvironment";
        Description = "Where an actuator acts; exercises may reach SANDBOX actuators only.";
        Add("PRODUCTION", ActuatorEnvironment.Production);
        Add("SANDBOX", ActuatorEnvironment.Sandbox);
    }
}
