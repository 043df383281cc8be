using Argus.Storage.Actuators;

namespace Argus.Storage.Sql;

/// <summary>How the actuator enumerations are written in their columns (the migrations' CHECK constraints list the same words).</summary>
internal static class ActuatorColumnValues
{
    public static string Of(ActuatorTransferVersion value) => value == ActuatorTransferVersion.V1_0 ? "V1_0" : "V1_1";

    public static ActuatorTransferVersion ParseTransfer(string text) => text == "V1_0" ? ActuatorTransferVersion.V1_0 : ActuatorTransferVersion.V1_1;

    public static string Of(ActuatorMember value) => value == ActuatorMember.Profile ? "profile" : "actuator";

    public static ActuatorMember ParseMember(string text) => text == "profile" ? ActuatorMember.Profile : ActuatorMember.Actuator;

    public static string Of(ActuatorEnvironment value) => value == ActuatorEnvironment.Sandbox ? "SANDBOX" : "PRODUCTION";

    public static ActuatorEnvironment ParseEnvironment(string text) => text == "SANDBOX" ? ActuatorEnvironment.Sandbox : ActuatorEnvironment.Production;

    public static string Of(ActuatorAuthenticationKind value) => value switch
    {
        ActuatorAuthenticationKind.Bearer => "bearer",
        ActuatorAuthenticationKind.Basic => "basic",
        _ => "none",
    };

    public static ActuatorAuthenticationKind ParseAuthentication(string text) => text switch
    {
        "bearer" => ActuatorAuthenticationKind.Bearer,
        "basic" => ActuatorAuthenticationKind.Basic,
        _ => ActuatorAuthenticationKind.None,
    };
}
