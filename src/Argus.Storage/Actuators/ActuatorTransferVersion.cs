namespace Argus.Storage.Actuators;

/// <summary>The OpenC2 HTTPS transfer specification an actuator speaks (stored as <c>V1_1</c> / <c>V1_0</c>).</summary>
public enum ActuatorTransferVersion
{
    /// <summary>HTTPS v1.1 (2021): <c>/.well-known/openc2</c> and the message envelope; the default.</summary>
    V1_1,

    /// <summary>HTTPS v1.0 (2019): bare command and response, <c>openc2-cmd+json</c>.</summary>
    V1_0,
}
