using System.Globalization;
using Argus.Server.GraphQL.Relay;
using Argus.Storage.Executions;

namespace Argus.Server.GraphQL.Executions;

/// <summary>
/// A position in <c>executions</c>: a storage page cursor (null for the first page) and how many items of that page
/// to skip, as <see cref="PlaybookCursor"/> does for playbooks; its own prefix keeps the two from being mixed up.
/// </summary>
internal sealed record ExecutionCursor(string? StorageCursor, int Skip)
{
    private const string Prefix = "executions:";

    public string Encode() => RelayConnections.EncodeCursor(Prefix + Skip.ToString(CultureInfo.InvariantCulture) + ":" + StorageCursor);

    /// <summary>The position of an <c>after</c> argument: the start when null, null when it is not an execution cursor.</summary>
    public static ExecutionCursor? Parse(string? after)
    {
        if (after is null)
        {
            return new ExecutionCursor(null, 0);
        }

        var key = RelayConnections.DecodeCursor(after);
        if (key is null || !key.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        key = key[Prefix.Length..];
        var separator = key.IndexOf(':', StringComparison.Ordinal);
        if (separator < 1
            || !int.TryParse(key.AsSpan(0, separator), NumberStyles.None, CultureInfo.InvariantCulture, out var skip)
            || skip > ExecutionQuery.MaxPageSize)
        {
            return null;
        }

        var storage = key[(separator + 1)..];
        return new ExecutionCursor(storage.Length == 0 ? null : storage, skip);
    }
}
