namespace Argus.Execution.Capabilities.OpenC2;

/// <summary>Where an actuator acts: an EXERCISE execution may reach <see cref="Sandbox"/> actuators only.</summary>
public enum ActuatorEnvironment
{
    Production,
    Sandbox,
}
