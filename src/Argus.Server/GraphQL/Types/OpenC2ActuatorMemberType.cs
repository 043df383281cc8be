using Argus.Storage.Actuators;
using GraphQL.Types;

namespace Argus.Server.GraphQL.Types;

/// <summary>GraphQL <c>OpenC2ActuatorMember</c>: ACTUATOR or PROFILE.</summary>
public sealed class OpenC2ActuatorMemberType : EnumerationGraphType
{
    public OpenC2ActuatorMemberType()
    {
        Name = "OpenC2ActuatorMember";
        Description = "Which member carries the actuator specifiers in a command.";
        Add("ACTUATOR", ActuatorMember.Actuator, "\"actuator\", as in OpenC2 LS v1.0 (default).");
        Add("PROFILE", ActuatorMember.Profile, "\"profile\", as LS v2.0 drafts and some consumers expect.");
    }
}
