using System.Collections.Immutable;
using System.Text.Json;

namespace Argus.OpenC2.Language;

/// <summary>
/// Command arguments (LS v1.0 §3.3.1.4). Times are milliseconds since 1970-01-01 UTC, durations milliseconds.
/// Profile arguments are nested under their namespace id (<c>"slpf": {"direction": "ingress"}</c>) in
/// <see cref="Profiles"/>.
/// </summary>
public sealed record OpenC2Args
{
    public long? StartTime { get; init; }
    public long? StopTime { get; init; }
    public long? Duration { get; init; }

    /// <summary>Absent means <see cref="OpenC2ResponseRequested.Complete"/> (LS v1.0 §3.3.1.4).</summary>
    public OpenC2ResponseRequested? ResponseRequested { get; init; }

    /// <summary>Profile arguments by namespace id, each an object kept as JSON.</summary>
    public ImmutableDictionary<string, JsonElement> Profiles { get; init; } = ImmutableDictionary<string, JsonElement>.Empty;

    /// <summary>True when no argument is set (LS forbids an empty <c>args</c> object; the writer omits it).</summary>
    public bool IsEmpty => StartTime is null && StopTime is null && Duration is null && ResponseRequested is null && Profiles.IsEmpty;
}
