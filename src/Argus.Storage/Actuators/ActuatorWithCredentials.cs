namespace Argus.Storage.Actuators;

/// <summary>An actuator with its decrypted credentials, for sending commands; never for an API answer.</summary>
public sealed record ActuatorWithCredentials(StoredActuator Actuator, ActuatorCredentials Credentials);
