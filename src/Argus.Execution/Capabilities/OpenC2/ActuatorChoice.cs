namespace Argus.Execution.Capabilities.OpenC2;

/// <summary>The configured actuator a step addresses, or why the command must not be sent.</summary>
internal abstract record ActuatorChoice
{
    private ActuatorChoice()
    {
    }

    public sealed record Chosen(ConfiguredActuator Actuator) : ActuatorChoice;

    public sealed record Refused(string Reason) : ActuatorChoice;
}
