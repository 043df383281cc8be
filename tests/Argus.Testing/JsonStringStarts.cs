using System.Text.Json;

namespace Argus.Testing;

/// <summary>
/// Where the strings and member names of a JSON document begin, for tests that corrupt one string at a time (say, with
/// text that does not decode).
/// </summary>
public static class JsonStringStarts
{
    /// <summary>The offset of the opening quote of every string and member name; none when the bytes are not JSON.</summary>
    public static IReadOnlyList<int> Of(byte[] json)
    {
        var starts = new List<int>();
        try
        {
            var reader = new Utf8JsonReader(json);
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName)
                {
                    starts.Add((int)reader.TokenStartIndex);
                }
            }
        }
        catch (JsonException)
        {
            return [];
        }

        return starts;
    }

    /// <summary>The document with <paramref name="text"/> put right after the opening quote at <paramref name="start"/>.</summary>
    public static byte[] Insert(byte[] json, int start, ReadOnlySpan<byte> text) =>
        [.. json.AsSpan(0, start + 1), .. text, .. json.AsSpan(start + 1)];
}
