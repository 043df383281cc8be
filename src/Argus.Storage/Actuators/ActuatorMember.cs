namespace Argus.Storage.Actuators;

/// <summary>Which member carries the actuator specifiers on the wire (stored as <c>actuator</c> / <c>profile</c>).</summary>
public enum ActuatorMember
{
    /// <summary><c>"actuator": {...}</c>, OpenC2 LS v1.0; the default.</summary>
    Actuator,

    /// <summary><c>"profile": {...}</c>, as LS v2.0 drafts and some consumers expect.</summary>
    Profile,
}
