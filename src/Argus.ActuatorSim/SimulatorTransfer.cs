namespace Argus.ActuatorSim;

/// <summary>Which HTTPS transfer specifications the simulator answers.</summary>
public enum SimulatorTransfer
{
    /// <summary>v1.1 envelope on <c>/.well-known/openc2</c> and v1.0 bare command on <see cref="SimulatorOptions.V1_0Path"/>.</summary>
    Both,

    /// <summary>Only HTTPS v1.1.</summary>
    V1_1,

    /// <summary>Only HTTPS v1.0.</summary>
    V1_0,
}
