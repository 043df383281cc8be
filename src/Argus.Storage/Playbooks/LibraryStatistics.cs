using System.Collections.Immutable;
using Argus.Storage.Access;

namespace Argus.Storage.Playbooks;

/// <summary>
/// Counts over what the caller may see. <see cref="ByStatus"/>, <see cref="ByType"/> and <see cref="ByClassification"/>
/// count playbooks by their latest visible version; <see cref="Versions"/> and <see cref="ImportsLast30Days"/> count versions.
/// </summary>
public sealed record LibraryStatistics(
    int Playbooks,
    int Versions,
    ImmutableDictionary<PlaybookStatus, int> ByStatus,
    ImmutableDictionary<string, int> ByType,
    ImmutableDictionary<ClearanceLevel, int> ByClassification,
    int ImportsLast30Days);
