using System.Collections.Immutable;
using System.Text.Json;

namespace Argus.OpenC2.Language;

/// <summary>
/// The <c>results</c> of a response (LS v1.0 §3.3.2.2): the features results plus profile results by namespace id
/// (<c>"slpf": {"rule_number": 1234}</c>). At least one member is present on the wire.
/// </summary>
public sealed record OpenC2Results
{
    /// <summary>Supported language versions, "Major.Minor".</summary>
    public ImmutableArray<string>? Versions { get; init; }

    /// <summary>Supported profiles by namespace id.</summary>
    public ImmutableArray<string>? Profiles { get; init; }

    /// <summary>Supported actions (JSON names) with the target names each applies to.</summary>
    public ImmutableDictionary<string, ImmutableArray<string>>? Pairs { get; init; }

    /// <summary>Commands per minute the actuator accepts.</summary>
    public double? RateLimit { get; init; }

    /// <summary>Profile-defined results by namespace id, each kept as JSON.</summary>
    public ImmutableDictionary<string, JsonElement> Extensions { get; init; } = ImmutableDictionary<string, JsonElement>.Empty;

    public bool IsEmpty => Versions is null && Profiles is null && Pairs is null && RateLimit is null && Extensions.IsEmpty;
}
