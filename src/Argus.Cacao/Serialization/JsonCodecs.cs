using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Argus.Cacao.Model;

namespace Argus.Cacao.Serialization;

/// <summary>Codecs for JSON scalars, raw values, lists and dictionaries.</summary>
internal static class JsonCodecs
{
    public static JsonCodec<string> String { get; } = new StringCodec();

    public static JsonCodec<bool> Boolean { get; } = new BooleanCodec();

    public static JsonCodec<int> Int32 { get; } = new Int32Codec();

    public static JsonCodec<long> Int64 { get; } = new Int64Codec();

    /// <summary>Any JSON value, kept as a self-contained element.</summary>
    public static JsonCodec<JsonElement> Raw { get; } = new RawCodec();

    public static JsonCodec<ImmutableArray<string>> StringList { get; } = ListOf(String);

    public static JsonCodec<OrderedMap<JsonElement>> RawMap { get; } = MapOf(Raw);

    /// <summary>A JSON array whose every item fits <paramref name="item"/>; one misfit rejects the whole array.</summary>
    public static JsonCodec<ImmutableArray<T>> ListOf<T>(JsonCodec<T> item) => new ListCodec<T>(item);

    /// <summary>A JSON object whose every member value fits <paramref name="value"/>, keeping member order.</summary>
    public static JsonCodec<OrderedMap<T>> MapOf<T>(JsonCodec<T> value) => new MapCodec<T>(value);

    private sealed class StringCodec : JsonCodec<string>
    {
        public override bool TryRead(JsonElement element, [MaybeNullWhen(false)] out string value) =>
            JsonText.TryGetString(element, out value);

        public override void Write(Utf8JsonWriter writer, string value) => writer.WriteStringValue(value);
    }

    private sealed class BooleanCodec : JsonCodec<bool>
    {
        public override bool TryRead(JsonElement element, out bool value)
        {
            value = element.ValueKind == JsonValueKind.True;
            return element.ValueKind is JsonValueKind.True or JsonValueKind.False;
        }

        public override void Write(Utf8JsonWriter writer, bool value) => writer.WriteBooleanValue(value);
    }

    // Only plain integer literals fit: 1.0 or 1e3 stay raw and are written back as they were.
    private sealed class Int32Codec : JsonCodec<int>
    {
        public override bool TryRead(JsonElement element, out int value)
        {
            value = 0;
            return element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out value);
        }

        public override void Write(Utf8JsonWriter writer, int value) => writer.WriteNumberValue(value);
    }

    private sealed class Int64Codec : JsonCodec<long>
    {
        public override bool TryRead(JsonElement element, out long value)
        {
            value = 0;
            return element.ValueKind == JsonValueKind.Number && element.TryGetInt64(out value);
        }

        public override void Write(Utf8JsonWriter writer, long value) => writer.WriteNumberValue(value);
    }

    private sealed class RawCodec : JsonCodec<JsonElement>
    {
        public override bool TryRead(JsonElement element, out JsonElement value)
        {
            value = element.Clone();
            return true;
        }

        public override void Write(Utf8JsonWriter writer, JsonElement value) => RawJsonWriter.Write(writer, value);
    }

    private sealed class ListCodec<T>(JsonCodec<T> item) : JsonCodec<ImmutableArray<T>>
    {
        public override bool TryRead(JsonElement element, out ImmutableArray<T> value)
        {
            value = default;
            if (element.ValueKind != JsonValueKind.Array)
            {
                return false;
            }

            var items = ImmutableArray.CreateBuilder<T>(element.GetArrayLength());
            foreach (var child in element.EnumerateArray())
            {
                if (!item.TryRead(child, out var decoded))
                {
                    return false;
                }

                items.Add(decoded);
            }

            value = items.MoveToImmutable();
            return true;
        }

        public override void Write(Utf8JsonWriter writer, ImmutableArray<T> value)
        {
            writer.WriteStartArray();

            // A default ImmutableArray set in code holds no items; writing it as [] beats a NullReferenceException.
            foreach (var child in value.IsDefault ? [] : value)
            {
                item.Write(writer, child);
            }

            writer.WriteEndArray();
        }
    }

    private sealed class MapCodec<T>(JsonCodec<T> valueCodec) : JsonCodec<OrderedMap<T>>
    {
        public override bool TryRead(JsonElement element, [MaybeNullWhen(false)] out OrderedMap<T> value)
        {
            value = null;
            if (element.ValueKind != JsonValueKind.Object)
            {
                return false;
            }

            var entries = new OrderedEntries<T>();
            foreach (var property in element.EnumerateObject())
            {
                if (!JsonText.TryGetName(property, out var name) || !valueCodec.TryRead(property.Value, out var decoded))
                {
                    return false;
                }

                entries.Set(name, decoded);
            }

            value = entries.ToMap();
            return true;
        }

        public override void Write(Utf8JsonWriter writer, OrderedMap<T> value)
        {
            writer.WriteStartObject();
            foreach (var entry in value.Entries)
            {
                writer.WritePropertyName(entry.Key);
                valueCodec.Write(writer, entry.Value);
            }

            writer.WriteEndObject();
        }
    }
}
