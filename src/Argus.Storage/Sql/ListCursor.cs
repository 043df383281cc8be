using System.Buffers.Text;
using System.Text.Json;
using Argus.Storage.Playbooks;

namespace Argus.Storage.Sql;

/// <summary>
/// The keyset position after the last row of a page: its sort key and <c>version_key</c>, as an opaque
/// base64url token. A cursor made for one sort order is refused by another.
/// </summary>
internal sealed record ListCursor(PlaybookSort Sort, long ModifiedUs, string Name, long VersionKey)
{
    public string Encode() => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(this, VersionRow.Json));

    /// <summary>Decodes a token; <see cref="ArgumentException"/> when it was not made by <see cref="Encode"/> for this sort.</summary>
    public static ListCursor Decode(string token, PlaybookSort sort)
    {
        ListCursor? cursor;
        try
        {
            cursor = JsonSerializer.Deserialize<ListCursor>(Base64Url.DecodeFromChars(token), VersionRow.Json);
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            throw new ArgumentException("The cursor is not one this library issued.", nameof(token), ex);
        }

        return cursor is not null && cursor.Sort == sort
            ? cursor
            : throw new ArgumentException("The cursor belongs to another sort order.", nameof(token));
    }
}
