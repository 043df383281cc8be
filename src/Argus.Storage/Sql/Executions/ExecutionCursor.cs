using System.Buffers.Text;
using System.Text.Json;

namespace Argus.Storage.Sql.Executions;

/// <summary>The keyset position after the last execution of a page (creation time and id), as an opaque base64url token.</summary>
internal sealed record ExecutionCursor(long CreatedUs, string Id)
{
    public string Encode() => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(this));

    /// <summary>Decodes a token; <see cref="ArgumentException"/> when it was not made by <see cref="Encode"/>.</summary>
    public static ExecutionCursor Decode(string token)
    {
        ExecutionCursor? cursor;
        try
        {
            cursor = JsonSerializer.Deserialize<ExecutionCursor>(Base64Url.DecodeFromChars(token));
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            throw new ArgumentException("The cursor is not one this store issued.", nameof(token), ex);
        }

        return cursor is { Id.Length: > 0 } && Guid.TryParse(cursor.Id, out _)
            ? cursor
            : throw new ArgumentException("The cursor is not one this store issued.", nameof(token));
    }
}
