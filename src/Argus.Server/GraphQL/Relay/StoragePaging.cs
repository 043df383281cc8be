using GraphQL;
using GraphQL.Types.Relay.DataObjects;

namespace Argus.Server.GraphQL.Relay;

/// <summary>
/// Serves a Relay connection (<c>first</c>/<c>after</c>) from a storage listing that pages by keyset cursors: decodes
/// the <see cref="PagePosition"/>, skips into the page it names, and gives every edge a cursor of its own.
/// </summary>
internal static class StoragePaging
{
    /// <summary>Lists one page; a listing function gets the storage cursor and page size.</summary>
    /// <param name="listing">The cursor prefix of this listing.</param>
    /// <param name="after">The client's <c>after</c>.</param>
    /// <param name="first">How many items the client asked for (already checked against the maximum).</param>
    /// <param name="maxPageSize">The listing's largest page (bounds the skip inside a cursor).</param>
    /// <param name="list">Asks storage for a page; throws <see cref="ArgumentException"/> for a cursor it did not issue.</param>
    public static async Task<Connection<T>> ConnectionAsync<T>(
        string listing, string? after, int first, int maxPageSize, Func<string?, int, Task<StoragePage<T>>> list)
    {
        var position = PagePosition.Parse(listing, after, maxPageSize)
            ?? throw new ExecutionError("after is not a cursor of this listing.") { Code = "BAD_REQUEST" };
        try
        {
            var start = position.StorageCursor;
            if (position.Skip > 0)
            {
                var skipped = await list(start, position.Skip).ConfigureAwait(false);
                if (skipped.NextCursor is null)
                {
                    return RelayConnections.FromPage(Array.Empty<T>(), first, _ => "", hasPreviousPage: true);
                }

                start = skipped.NextCursor;
            }

            var page = await list(start, first).ConfigureAwait(false);
            return ToConnection(listing, page, start, after is not null);
        }
        catch (ArgumentException)
        {
            // Storage refuses a cursor it did not issue, or one of another sort order: the client's mistake.
            throw new ExecutionError("after is not a cursor of this listing (or of another sort order).") { Code = "BAD_REQUEST" };
        }
    }

    private static Connection<T> ToConnection<T>(string listing, StoragePage<T> page, string? start, bool hasPreviousPage)
    {
        var items = page.Items;
        var edges = items.Select((item, index) => new Edge<T>
        {
            Node = item,
            Cursor = index == items.Length - 1 && page.NextCursor is not null
                ? new PagePosition(listing, page.NextCursor, 0).Encode()
                : new PagePosition(listing, start, index + 1).Encode(),
        }).ToList();
        return new Connection<T>
        {
            Edges = edges,
            PageInfo = new PageInfo
            {
                HasNextPage = page.NextCursor is not null,
                HasPreviousPage = hasPreviousPage,
                StartCursor = edges.FirstOrDefault()?.Cursor,
                EndCursor = edges.LastOrDefault()?.Cursor,
            },
        };
    }
}
