namespace Argus.Storage.Actuators;

/// <summary>The <c>action</c> names of the audit events the actuator store writes (subject: the actuator id).</summary>
public static class ActuatorAuditActions
{
    public const string Create = "actuator.create";
    public const string Update = "actuator.update";
    public const string Delete = "actuator.delete";
}
