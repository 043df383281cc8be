using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using Argus.Cacao.Model;
using FsCheck;
using FsCheck.Fluent;

namespace Argus.Cacao.Tests.Serialization;

/// <summary>Generators of strings, raw JSON values and the lossless carriers of the model.</summary>
internal static class JsonGenerators
{
    public static Gen<string> Text { get; } = Gen.OneOf(
        Gen.Elements(
            "", "a", "Réponse à incident", "TLP:AMBER+STRICT", "quote \" and \\ backslash", "line\nbreak\ttab",
            "emoji 😀", "2023-11-20T15:56:00.123456Z", "__var__:value", "<tag> & 'apos'", "\u0001control"),
        Gen.Choose(0, 12).SelectMany(length => Gen.ArrayOf(Gen.Choose(32, 126).Select(c => (char)c), length))
            .Select(chars => new string(chars)));

    public static Gen<ImmutableArray<string>> TextList { get; } =
        Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(Text, n)).Select(items => items.ToImmutableArray());

    public static Gen<JsonNode?> Scalar { get; } = Gen.OneOf(
        Gen.Constant<JsonNode?>(null),
        Gen.Elements(true, false).Select(b => (JsonNode?)JsonValue.Create(b)),
        Gen.Choose(-100000, 100000).Select(i => (JsonNode?)JsonValue.Create(i)),
        Gen.Choose(-100000, 100000).Select(i => (JsonNode?)JsonValue.Create(i / 64.0)),
        Gen.Elements(1e21, 1e-7, 333333333.33333329, 9007199254740993.0, -1.5e300).Select(d => (JsonNode?)JsonValue.Create(d)),
        Text.Select(s => (JsonNode?)JsonValue.Create(s)));

    /// <summary>Any JSON value up to the given nesting.</summary>
    public static Gen<JsonNode?> Node(int depth, Gen<string> names) => depth <= 0
        ? Scalar
        : Gen.Frequency(
            (3, Scalar),
            (1, Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(Node(depth - 1, names), n)).Select(items => (JsonNode?)new JsonArray(items))),
            (1, ObjectNode(depth - 1, names).Select(o => (JsonNode?)o)));

    public static Gen<JsonObject> ObjectNode(int depth, Gen<string> names) =>
        Gen.Choose(0, 3)
            .SelectMany(n => Gen.ArrayOf(from name in names from value in Node(depth, names) select (name, value), n))
            .Select(members =>
            {
                var node = new JsonObject();
                foreach (var (name, value) in members)
                {
                    node[name] = value; // a repeated name replaces: JSON objects here have unique names
                }

                return node;
            });

    public static Gen<JsonElement> RawValue { get; } = Node(2, Text).Select(ToElement);

    public static Gen<JsonElement> RawObject { get; } = ObjectNode(2, Text).Select(node => ToElement(node));

    public static Gen<OrderedMap<JsonElement>> Extensions { get; } =
        Gen.Choose(0, 2).SelectMany(n => Gen.ArrayOf(RawObject, n))
            .Select(values => new OrderedMap<JsonElement>(values.Select((v, i) => KeyValuePair.Create($"extension-definition--{i}", v))));

    /// <summary>Unknown members; some share names with model members, which the writer must resolve.</summary>
    public static Gen<UnknownProperties> Unknown { get; } =
        Gen.Choose(0, 2)
            .SelectMany(n => Gen.ArrayOf(
                from name in Gen.Elements("x_acme", "x-custom", "output_variable", "step_uuid", "agent", "name", "value")
                from value in RawValue
                select (name, value), n))
            .Select(members =>
            {
                var unknown = UnknownProperties.None;
                foreach (var (name, value) in members)
                {
                    unknown = unknown.With(name, value);
                }

                return unknown;
            });

    public static Gen<OrderedMap<T>> MapOf<T>(string keyPrefix, Gen<T> value, int max = 3) =>
        Gen.Choose(0, max).SelectMany(n => Gen.ArrayOf(value, n))
            .Select(values => new OrderedMap<T>(values.Select((v, i) => KeyValuePair.Create($"{keyPrefix}{i}", v))));

    public static JsonElement ToElement(JsonNode? node)
    {
        using var document = JsonDocument.Parse(node?.ToJsonString() ?? "null");
        return document.RootElement.Clone();
    }
}
