namespace Argus.Storage.Actuators;

/// <summary>Which HTTP authentication is configured, without the secret (stored as <c>none</c> / <c>bearer</c> / <c>basic</c>).</summary>
public enum ActuatorAuthenticationKind
{
    None,
    Bearer,
    Basic,
}
