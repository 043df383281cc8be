namespace Argus.Server.Actuators;

/// <summary>The answer to <c>deleteOpenC2Actuator</c>.</summary>
public sealed record ActuatorDeletion(string Id, bool Deleted);
