using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Argus.Cacao.Json.Tape;

namespace Argus.Cacao.Tests.Json;

/// <summary>
/// Holds a <see cref="JsonTape"/> to <see cref="JsonDocument"/>: the same documents accepted, and every value read
/// the same way (kind, raw text, counts, names, strings, comparisons, lookups, numbers).
/// </summary>
internal static class TapeAgreement
{
    public static readonly JsonDocumentOptions DocumentOptions = new()
    {
        MaxDepth = 64,
        AllowDuplicateProperties = true,
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
    };

    /// <summary>Null when both parsers agree on <paramref name="utf8Json"/>; otherwise what differs.</summary>
    public static string? Disagreement(byte[] utf8Json)
    {
        JsonDocument? document = null;
        try
        {
            document = JsonDocument.Parse(utf8Json, DocumentOptions);
        }
        catch (JsonException)
        {
        }

        using (document)
        using (var tape = JsonTape.TryParse(utf8Json, DocumentOptions.MaxDepth))
        {
            if ((document is null) != (tape is null))
            {
                return $"System.Text.Json {(document is null ? "rejects" : "accepts")} what the tape {(tape is null ? "rejects" : "accepts")}";
            }

            // Values are compared as text only where all text decodes, the only documents the validator reads as a tape.
            return document is null ? null : Compare(document.RootElement, tape!.Root, Decodes(document.RootElement), "");
        }
    }

    private static string? Compare(JsonElement expected, TapeValue actual, bool decodes, string path)
    {
        if (actual.ValueKind != expected.ValueKind)
        {
            return $"{path}: kind {actual.ValueKind}, expected {expected.ValueKind}";
        }

        if (!actual.RawUtf8.SequenceEqual(JsonMarshal.GetRawUtf8Value(expected)))
        {
            return $"{path}: raw text differs";
        }

        if (decodes && actual.ToString() != expected.ToString())
        {
            return $"{path}: text";
        }

        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                return CompareObject(expected, actual, decodes, path);
            case JsonValueKind.Array:
                if (actual.GetArrayLength() != expected.GetArrayLength())
                {
                    return $"{path}: array length";
                }

                var index = 0;
                var items = actual.EnumerateArray();
                foreach (var item in expected.EnumerateArray())
                {
                    items.MoveNext();
                    // The indexer skips the items before the one asked for: checked on the first ones only.
                    if (index < 100 && !actual[index].RawUtf8.SequenceEqual(JsonMarshal.GetRawUtf8Value(item)))
                    {
                        return $"{path}/{index}: indexer";
                    }

                    if (Compare(item, items.Current, decodes, $"{path}/{index++}") is { } difference)
                    {
                        return difference;
                    }
                }

                return items.MoveNext() ? $"{path}: extra items" : null;
            case JsonValueKind.String when decodes:
                var text = expected.GetString()!;
                if (actual.GetString() != text || !actual.ValueEquals(text) || !actual.ValueEquals(Encoding.UTF8.GetBytes(text))
                    || actual.ValueEquals(text + "x") || (text.Length > 0 && actual.ValueEquals(text[..^1])))
                {
                    return $"{path}: string";
                }

                return null;
            case JsonValueKind.Number:
                var read = expected.TryGetDecimal(out var number);
                return actual.TryGetDecimal(out var tapeNumber) == read && (!read || number == tapeNumber) ? null : $"{path}: number";
            default:
                return null;
        }
    }

    private static string? CompareObject(JsonElement expected, TapeValue actual, bool decodes, string path)
    {
        if (actual.GetPropertyCount() != expected.GetPropertyCount())
        {
            return $"{path}: member count";
        }

        var members = actual.EnumerateObject();
        var position = 0;
        foreach (var property in expected.EnumerateObject())
        {
            members.MoveNext();
            var member = members.Current;
            if (!member.RawUtf8Name.SequenceEqual(JsonMarshal.GetRawUtf8PropertyName(property)))
            {
                return $"{path}: raw name";
            }

            if (decodes)
            {
                var name = property.Name;
                // Lookups find the last member of that name, as System.Text.Json's do.
                if (member.Name != name || member.ToString() != property.ToString() || !member.NameEquals(name) || !member.NameEquals(Encoding.UTF8.GetBytes(name))
                    || member.NameEquals(name + "x") || !actual.TryGetProperty(name, out var found)
                    || !found.RawUtf8.SequenceEqual(JsonMarshal.GetRawUtf8Value(expected.GetProperty(name))))
                {
                    return $"{path}: member '{name}'";
                }
            }

            // Members are named by position: a name may not decode.
            if (Compare(property.Value, member.Value, decodes, $"{path}/#{position++}") is { } difference)
            {
                return difference;
            }
        }

        return members.MoveNext() ? $"{path}: extra members" : null;
    }

    private static bool Decodes(JsonElement value)
    {
        try
        {
            switch (value.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var property in value.EnumerateObject())
                    {
                        _ = property.Name; // throws for a name that does not decode
                        if (!Decodes(property.Value))
                        {
                            return false;
                        }
                    }

                    return Utf8IsValid(value);
                case JsonValueKind.Array:
                    foreach (var item in value.EnumerateArray())
                    {
                        if (!Decodes(item))
                        {
                            return false;
                        }
                    }

                    return true;
                case JsonValueKind.String:
                    return value.GetString() is not null && Utf8IsValid(value);
                default:
                    return true;
            }
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static bool Utf8IsValid(JsonElement value) => System.Text.Unicode.Utf8.IsValid(JsonMarshal.GetRawUtf8Value(value));
}
