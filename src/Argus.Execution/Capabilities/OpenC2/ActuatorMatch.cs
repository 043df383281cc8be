using System.Collections.Immutable;
using System.Globalization;
using System.Net;
using Argus.Cacao.Model.AgentTargets;
using Argus.OpenC2.Language;

namespace Argus.Execution.Capabilities.OpenC2;

/// <summary>
/// Resolves the step's addressee (its target, else its agent, after substitution) to one actuator the organisation
/// configured. Only configured endpoints are ever reached: the playbook's addresses select, they never supply, the
/// place a command goes.
/// </summary>
/// <remarks>
/// An actuator matches when
/// <list type="bullet">
/// <item>an <c>address.url</c> value has the actuator's origin (scheme, host, port; the path is ignored), or</item>
/// <item>an <c>address.dname</c>, <c>ipv4</c> or <c>ipv6</c> value is the actuator's host (a <c>/32</c> or <c>/128</c>
/// suffix is allowed) and the addressee's <c>port</c>, when given, is the actuator's port, or</item>
/// <item>the addressee's <c>name</c> equals the actuator's configured name (ordinal, case-sensitive).</item>
/// </list>
/// The command's actuator specifier (<c>actuator</c> or <c>profile</c>) then keeps the actuators implementing that
/// profile (an actuator configured without profiles keeps every command). Exactly one must remain.
/// </remarks>
internal static class ActuatorMatch
{
    /// <param name="actuators">The organisation's configured actuators.</param>
    /// <param name="role">"target" or "agent": which of the step's objects the addressee is.</param>
    /// <param name="addresseeId">The addressee's id in the playbook.</param>
    /// <param name="addressee">The addressee after substitution; null when the step has neither target nor agent.</param>
    /// <param name="command">The command to send (its actuator specifier narrows by profile).</param>
    /// <param name="organisation">For the refusal text.</param>
    public static ActuatorChoice Choose(ImmutableArray<ConfiguredActuator> actuators, string role, string? addresseeId,
        AgentTarget? addressee, OpenC2Command command, string? organisation)
    {
        var organisationText = organisation is null ? "this execution (no organisation given)" : $"organisation {organisation}";
        if (addressee is null)
        {
            return new ActuatorChoice.Refused(
                $"The step names no target or agent to send the OpenC2 command to; only configured OpenC2 actuators of {organisationText} are reached.");
        }

        var described = Describe(role, addresseeId, addressee);
        var matches = actuators.Where(actuator => Matches(actuator, addressee)).ToImmutableArray();
        if (matches.IsEmpty)
        {
            return new ActuatorChoice.Refused($"{described} is not a configured OpenC2 actuator of {organisationText}.");
        }

        if (command.Actuator?.Profile is { } profile)
        {
            var implementing = matches.Where(a => a.Profiles.IsDefaultOrEmpty || a.Profiles.Contains(profile, StringComparer.Ordinal))
                .ToImmutableArray();
            if (implementing.IsEmpty)
            {
                return new ActuatorChoice.Refused(
                    $"{described} is configured as {Names(matches)}, which does not implement the actuator profile '{profile}' the command names.");
            }

            matches = implementing;
        }

        return matches.Length == 1
            ? new ActuatorChoice.Chosen(matches[0])
            : new ActuatorChoice.Refused(
                $"{described} matches several configured OpenC2 actuators ({Names(matches)}); give a url with the port, or the actuator's name.");
    }

    private static bool Matches(ConfiguredActuator actuator, AgentTarget addressee)
    {
        if (addressee.Name is { } name && string.Equals(name, actuator.Name, StringComparison.Ordinal))
        {
            return true;
        }

        var origin = actuator.Endpoint.BaseUri;
        foreach (var (kind, values) in addressee.Address ?? [])
        {
            foreach (var value in values.IsDefault ? [] : values)
            {
                var isMatch = kind switch
                {
                    "url" => Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && IsSameOrigin(uri, origin),
                    "dname" or "ipv4" or "ipv6" => IsSameHost(WithoutHostPrefix(value.Trim()), origin.Host)
                                                   && IsSamePort(addressee.Port, origin.Port),
                    _ => false,
                };
                if (isMatch)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsSameOrigin(Uri uri, Uri origin) =>
        string.Equals(uri.Scheme, origin.Scheme, StringComparison.OrdinalIgnoreCase)
        && IsSameHost(uri.Host, origin.Host)
        && uri.Port == origin.Port;

    private static bool IsSameHost(string host, string other)
    {
        var a = host.Trim('[', ']');
        var b = other.Trim('[', ']');
        return IPAddress.TryParse(a, out var first) && IPAddress.TryParse(b, out var second)
            ? first.Equals(second)
            : string.Equals(a.TrimEnd('.'), b.TrimEnd('.'), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A host address may be written as a /32 (IPv4) or /128 (IPv6) network; wider networks name no single host.</summary>
    private static string WithoutHostPrefix(string value) =>
        value.EndsWith("/32", StringComparison.Ordinal) ? value[..^3]
        : value.EndsWith("/128", StringComparison.Ordinal) ? value[..^4]
        : value;

    private static bool IsSamePort(string? port, int actual) =>
        port is null || (int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number == actual);

    private static string Describe(string role, string? id, AgentTarget addressee)
    {
        var name = addressee.Name is { } n ? $"'{n}'" : "without a name";
        return id is null ? $"The {role} {name}" : $"The {role} {name} ({id})";
    }

    private static string Names(IEnumerable<ConfiguredActuator> actuators) =>
        string.Join(", ", actuators.Select(a => $"'{a.Name}'"));
}
