using System.Globalization;

namespace Argus.Server.GraphQL.Relay;

/// <summary>
/// A position in a storage-backed listing: a storage page cursor (null for the first page) and how many items of that
/// page to skip. Storage issues a cursor per page only; an edge in the middle of a page is "the page's start, skip n".
/// <paramref name="Listing"/> is a prefix naming the listing, so a cursor of one listing is refused by another.
/// </summary>
internal sealed record PagePosition(string Listing, string? StorageCursor, int Skip)
{
    public string Encode() =>
        RelayConnections.EncodeCursor(Listing + Skip.ToString(CultureInfo.InvariantCulture) + ":" + StorageCursor);

    /// <summary>The position of an <c>after</c> argument: the start when null, null when it is not a cursor of this listing.</summary>
    public static PagePosition? Parse(string listing, string? after, int maxSkip)
    {
        if (after is null)
        {
            return new PagePosition(listing, null, 0);
        }

        var key = RelayConnections.DecodeCursor(after);
        if (key is null || !key.StartsWith(listing, StringComparison.Ordinal))
        {
            return null;
        }

        key = key[listing.Length..];
        var separator = key.IndexOf(':', StringComparison.Ordinal);
        if (separator < 1
            || !int.TryParse(key.AsSpan(0, separator), NumberStyles.None, CultureInfo.InvariantCulture, out var skip)
            || skip > maxSkip)
        {
            return null;
        }

        var storage = key[(separator + 1)..];
        return new PagePosition(listing, storage.Length == 0 ? null : storage, skip);
    }
}
