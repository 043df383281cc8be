namespace Argus.Storage.Actuators;

/// <summary>Where an actuator acts (stored as <c>PRODUCTION</c> / <c>SANDBOX</c>); exercises may reach sandbox actuators only.</summary>
public enum ActuatorEnvironment
{
    Production,
    Sandbox,
}
