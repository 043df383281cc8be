using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace Argus.OpenC2.Language;

/// <summary>The JSON names of the LS v1.0 enumerations, both ways.</summary>
public static class OpenC2Vocabulary
{
    private static readonly FrozenDictionary<string, OpenC2Action> Actions = Enum.GetValues<OpenC2Action>()
        .ToFrozenDictionary(a => a.ToString().ToLowerInvariant(), StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, OpenC2ResponseRequested> ResponseTypes =
        Enum.GetValues<OpenC2ResponseRequested>().ToFrozenDictionary(r => r.ToString().ToLowerInvariant(), StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, OpenC2Feature> Features = new Dictionary<string, OpenC2Feature>
    {
        ["versions"] = OpenC2Feature.Versions,
        ["profiles"] = OpenC2Feature.Profiles,
        ["pairs"] = OpenC2Feature.Pairs,
        ["rate_limit"] = OpenC2Feature.RateLimit,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, OpenC2L4Protocol> Protocols = Enum.GetValues<OpenC2L4Protocol>()
        .ToFrozenDictionary(p => p.ToString().ToLowerInvariant(), StringComparer.Ordinal);

    /// <summary>The target names LS v1.0 defines (§3.3.1.2), in spec order.</summary>
    public static IReadOnlyList<string> TargetNames { get; } =
    [
        "artifact", "command", "device", "domain_name", "email_addr", "features", "file", "idn_domain_name",
        "idn_email_addr", "ipv4_net", "ipv6_net", "ipv4_connection", "ipv6_connection", "mac_addr", "process",
        "properties", "uri", "iri",
    ];

    /// <summary>All action names, in spec order.</summary>
    public static IReadOnlyList<string> ActionNames { get; } = Enum.GetValues<OpenC2Action>().Select(ActionName).ToArray();

    public static string ActionName(OpenC2Action action) => action.ToString().ToLowerInvariant();

    public static bool TryParseAction(string name, out OpenC2Action action) => Actions.TryGetValue(name, out action);

    public static string ResponseRequestedName(OpenC2ResponseRequested value) => value.ToString().ToLowerInvariant();

    public static bool TryParseResponseRequested(string name, out OpenC2ResponseRequested value) =>
        ResponseTypes.TryGetValue(name, out value);

    public static string FeatureName(OpenC2Feature feature) => feature switch
    {
        OpenC2Feature.Versions => "versions",
        OpenC2Feature.Profiles => "profiles",
        OpenC2Feature.Pairs => "pairs",
        OpenC2Feature.RateLimit => "rate_limit",
        _ => throw new ArgumentOutOfRangeException(nameof(feature), feature, "Not an LS v1.0 feature."),
    };

    public static bool TryParseFeature(string name, out OpenC2Feature feature) => Features.TryGetValue(name, out feature);

    public static string ProtocolName(OpenC2L4Protocol protocol) => protocol.ToString().ToLowerInvariant();

    public static bool TryParseProtocol(string name, out OpenC2L4Protocol protocol) => Protocols.TryGetValue(name, out protocol);

    /// <summary>Splits an extension target name <c>nsid:name</c> (LS v1.0 §3.1.4); false for a core target name.</summary>
    public static bool TrySplitExtensionName(string name, [NotNullWhen(true)] out string? nsid, [NotNullWhen(true)] out string? localName)
    {
        var colon = name.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            nsid = null;
            localName = null;
            return false;
        }

        nsid = name[..colon];
        localName = name[(colon + 1)..];
        return true;
    }
}
