namespace Argus.OpenC2.Language;

/// <summary>Which member name carries the actuator on the wire.</summary>
public enum OpenC2ActuatorMember
{
    /// <summary><c>"actuator": {"slpf": {...}}</c>, LS v1.0 §3.3.1.</summary>
    Actuator,

    /// <summary><c>"profile": {"slpf": {...}}</c>, as the LS v2.0 drafts and some consumers (yuuki) expect (notes §0.5).</summary>
    Profile,
}
