using System.Buffers;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace Argus.Cacao.Serialization;

/// <summary>Writes a raw JSON value kept by the reader back out, whatever it contains.</summary>
internal static class RawJsonWriter
{
    private const int MaxRawDepth = 4096;

    // JSON may escape a lone UTF-16 surrogate ("\ud800"). System.Text.Json parses it but cannot decode it, so
    // JsonElement.WriteTo throws. Such a value is copied token by token in its source escaping instead; it is then
    // written compact even in indented output.
    public static void Write(Utf8JsonWriter writer, JsonElement value)
    {
        if (IsDecodable(value))
        {
            value.WriteTo(writer);
            return;
        }

        writer.WriteRawValue(Minify(JsonMarshal.GetRawUtf8Value(value)), skipInputValidation: true);
    }

    private static bool IsDecodable(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return JsonText.TryGetString(value, out _);
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                {
                    if (!IsDecodable(item))
                    {
                        return false;
                    }
                }

                return true;
            case JsonValueKind.Object:
                foreach (var property in value.EnumerateObject())
                {
                    if (!JsonText.TryGetName(property, out _) || !IsDecodable(property.Value))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return true;
        }
    }

    private static ReadOnlySpan<byte> Minify(ReadOnlySpan<byte> json)
    {
        var output = new ArrayBufferWriter<byte>(json.Length);
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = MaxRawDepth });
        var previous = JsonTokenType.None;
        while (reader.Read())
        {
            var token = reader.TokenType;
            var separated = previous is not (JsonTokenType.None or JsonTokenType.StartObject or JsonTokenType.StartArray
                or JsonTokenType.PropertyName);
            if (separated && token is not (JsonTokenType.EndObject or JsonTokenType.EndArray))
            {
                output.Write(","u8);
            }

            switch (token)
            {
                case JsonTokenType.StartObject: output.Write("{"u8); break;
                case JsonTokenType.EndObject: output.Write("}"u8); break;
                case JsonTokenType.StartArray: output.Write("["u8); break;
                case JsonTokenType.EndArray: output.Write("]"u8); break;
                case JsonTokenType.PropertyName: WriteQuoted(output, reader.ValueSpan); output.Write(":"u8); break;
                case JsonTokenType.String: WriteQuoted(output, reader.ValueSpan); break;
                default: output.Write(reader.ValueSpan); break;
            }

            previous = token;
        }

        return output.WrittenSpan;
    }

    // For strings and names ValueSpan is the source text between the quotes, escapes included.
    private static void WriteQuoted(ArrayBufferWriter<byte> output, ReadOnlySpan<byte> escaped)
    {
        output.Write("\""u8);
        output.Write(escaped);
        output.Write("\""u8);
    }
}
