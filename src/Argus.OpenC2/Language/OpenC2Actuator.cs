using System.Text.Json;

namespace Argus.OpenC2.Language;

/// <summary>
/// The <c>actuator</c> of a command (LS v1.0 §3.3.1.3): a Choice keyed by the profile's namespace id, e.g.
/// <c>{"slpf": {"asset_id": "30"}}</c>. <c>{"slpf": {}}</c> addresses every SLPF that can execute the command.
/// </summary>
/// <param name="Profile">The namespace id (<c>slpf</c>, <c>x-acme</c>).</param>
/// <param name="Specifiers">The profile's specifiers object, kept as JSON (an empty object when none).</param>
public sealed record OpenC2Actuator(string Profile, JsonElement Specifiers)
{
    /// <summary>An actuator of <paramref name="profile"/> with no specifiers.</summary>
    public static OpenC2Actuator Any(string profile) => new(profile, OpenC2Json.EmptyObject);
}
