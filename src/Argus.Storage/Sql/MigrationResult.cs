using System.Collections.Immutable;

namespace Argus.Storage.Sql;

/// <summary>The migrations a run applied (empty when the schema was already current).</summary>
public sealed record MigrationResult(ImmutableArray<string> Applied, int CurrentVersion);
