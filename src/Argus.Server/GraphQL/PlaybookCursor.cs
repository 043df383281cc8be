using System.Globalization;
using Argus.Server.GraphQL.Relay;
using Argus.Storage.Playbooks;

namespace Argus.Server.GraphQL;

/// <summary>
/// A position in <c>cacaoPlaybooks</c>: a storage page cursor (null for the first page) and how many items of that
/// page to skip. Storage issues a cursor per page only; an edge in the middle of a page is "the page's start, skip n".
/// </summary>
internal sealed record PlaybookCursor(string? StorageCursor, int Skip)
{
    private static readonly PlaybookCursor Start = new(null, 0);

    public string Encode() => RelayConnections.EncodeCursor(Skip.ToString(CultureInfo.InvariantCulture) + ":" + StorageCursor);

    /// <summary>The position of an <c>after</c> argument: the start when null, null when it is not one of ours.</summary>
    public static PlaybookCursor? Parse(string? after)
    {
        if (after is null)
        {
            return Start;
        }

        var key = RelayConnections.DecodeCursor(after);
        var separator = key?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (key is null || separator < 1
            || !int.TryParse(key.AsSpan(0, separator), NumberStyles.None, CultureInfo.InvariantCulture, out var skip)
            || skip > PlaybookQuery.MaxPageSize)
        {
            return null;
        }

        var storage = key[(separator + 1)..];
        return new PlaybookCursor(storage.Length == 0 ? null : storage, skip);
    }
}
