using System.Collections.Immutable;

namespace Argus.Storage.Executions;

/// <summary>One page of executions; <paramref name="NextCursor"/> is null on the last page.</summary>
public sealed record ExecutionPage(ImmutableArray<StoredExecution> Items, string? NextCursor);
