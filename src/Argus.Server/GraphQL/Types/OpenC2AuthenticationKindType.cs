using Argus.Storage.Actuators;
using GraphQL.Types;

namespace Argus.Server.GraphQL.Types;

/// <summary>GraphQL <c>OpenC2AuthenticationKind</c>: NONE, BEARER or BASIC.</summary>
public sealed class OpenC2AuthenticationKindType : EnumerationGraphType
{
    public OpenC2AuthenticationKindType()
    {
        Name = "OpenC2AuthenticationKind";
        Description = "The HTTP authentication sent to an actuator; the secret itself is write-only.";
        Add("NONE", ActuatorAuthenticationKind.None);
        Add("BEARER", ActuatorAuthenticationKind.Bearer, "Authorization: Bearer <token>.");
        Add("BASIC", ActuatorAuthenticationKind.Basic, "Authorization: Basic <user:password>.");
    }
}
