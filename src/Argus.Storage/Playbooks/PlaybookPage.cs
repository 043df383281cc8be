using System.Collections.Immutable;

namespace Argus.Storage.Playbooks;

/// <summary>One page of a listing; <paramref name="NextCursor"/> is null on the last page.</summary>
public sealed record PlaybookPage(ImmutableArray<PlaybookVersion> Items, string? NextCursor);
