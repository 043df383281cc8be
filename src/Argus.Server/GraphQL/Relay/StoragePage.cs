using System.Collections.Immutable;

namespace Argus.Server.GraphQL.Relay;

/// <summary>One keyset page as a storage listing returns it; <paramref name="NextCursor"/> is null on the last page.</summary>
internal sealed record StoragePage<T>(ImmutableArray<T> Items, string? NextCursor);
