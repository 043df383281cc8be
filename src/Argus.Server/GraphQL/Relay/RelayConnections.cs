using GraphQL.Types.Relay.DataObjects;

namespace Argus.Server.GraphQL.Relay;

/// <summary>Builds Relay connection objects from one keyset page that storage returned.</summary>
/// <remarks>
/// Pattern for a list field: declare it with <c>Connection&lt;TNodeGraphType&gt;</c> (graphql-dotnet's
/// <c>ConnectionBuilder</c>, which adds <c>first</c>/<c>after</c>/<c>last</c>/<c>before</c>), ask storage for
/// <c>first + 1</c> items after the decoded cursor, then call <see cref="FromPage{T}"/>. Cursors are opaque to
/// clients: <see cref="EncodeCursor"/> wraps a storage key so it cannot be mistaken for an id.
/// </remarks>
public static class RelayConnections
{
    private const string CursorPrefix = "argus:";

    /// <summary>A connection over <paramref name="items"/> (already at most <paramref name="pageSize"/> + 1 long).</summary>
    /// <param name="items">The page as storage returned it, possibly one item longer than requested.</param>
    /// <param name="pageSize">How many items the client asked for.</param>
    /// <param name="cursorOf">The storage key of an item (encoded here).</param>
    /// <param name="hasPreviousPage">True when the page started after a cursor.</param>
    /// <param name="totalCount">The total matching items, when storage counted them.</param>
    public static Connection<T> FromPage<T>(IReadOnlyList<T> items, int pageSize, Func<T, string> cursorOf, bool hasPreviousPage, int? totalCount = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(cursorOf);
        ArgumentOutOfRangeException.ThrowIfNegative(pageSize);
        var shown = items.Take(pageSize).ToList();
        var edges = shown.Select(item => new Edge<T> { Node = item, Cursor = EncodeCursor(cursorOf(item)) }).ToList();
        return new Connection<T>
        {
            Edges = edges,
            TotalCount = totalCount,
            PageInfo = new PageInfo
            {
                HasNextPage = items.Count > pageSize,
                HasPreviousPage = hasPreviousPage,
                StartCursor = edges.FirstOrDefault()?.Cursor,
                EndCursor = edges.LastOrDefault()?.Cursor,
            },
        };
    }

    /// <summary>An opaque cursor for a storage key.</summary>
    public static string EncodeCursor(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(CursorPrefix + key));
    }

    /// <summary>The storage key inside a cursor, or null when <paramref name="cursor"/> is not one of ours
    /// (a client error to answer as data or a GraphQL error, never an exception).</summary>
    public static string? DecodeCursor(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor) || cursor.Length > 1024)
        {
            return null;
        }

        var buffer = new byte[cursor.Length];
        if (!Convert.TryFromBase64String(cursor, buffer, out var written))
        {
            return null;
        }

        var text = System.Text.Encoding.UTF8.GetString(buffer, 0, written);
        return text.StartsWith(CursorPrefix, StringComparison.Ordinal) ? text[CursorPrefix.Length..] : null;
    }
}
