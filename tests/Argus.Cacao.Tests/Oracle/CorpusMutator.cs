using System.Text.Json.Nodes;
using Argus.Cacao.Primitives;

namespace Argus.Cacao.Tests.Oracle;

/// <summary>
/// Deterministic mutants of a CACAO document: a property deleted, a value retyped, emptied, replaced by a bad enum
/// value, an out-of-range number, a malformed identifier or timestamp, plus targeted cases the schema gets wrong.
/// </summary>
internal static class CorpusMutator
{
    private static readonly string[] EnumProperties = ["type", "spec_version", "tlpv2_level", "region"];

    /// <summary>Returns <paramref name="count"/> mutants of <paramref name="json"/>, the same for the same seed.</summary>
    public static IReadOnlyList<string> Mutants(string json, int seed, int count)
    {
        var random = new Random(seed);
        var mutants = new List<string>();
        for (var attempt = 0; mutants.Count < count && attempt < count * 10; attempt++)
        {
            var root = JsonNode.Parse(json)!;
            var locations = Locations(root).ToList();
            var (parent, key, value) = locations[random.Next(locations.Count)];
            var replacement = Mutate(value, key, random, out var delete);
            if (delete && parent is JsonObject owner && key is string name)
            {
                owner.Remove(name);
            }
            else if (replacement is not null)
            {
                Replace(parent, key, replacement);
            }
            else
            {
                continue;
            }

            mutants.Add(root.ToJsonString());
        }

        return mutants;
    }

    /// <summary>Cases where the schema and the spec disagree, applied to every step or variable of the document.</summary>
    public static IEnumerable<string> Targeted(string json)
    {
        var root = JsonNode.Parse(json)!;
        if (root["workflow"] is not JsonObject workflow || workflow.Count == 0)
        {
            yield break;
        }

        var firstStep = workflow.First().Key;
        foreach (var (name, value) in new (string, JsonNode?)[] { ("delay", 0), ("delay", -1), ("timeout", -5), ("timeout", "5"), ("delay", 1.5) })
        {
            var mutant = JsonNode.Parse(json)!;
            mutant["workflow"]![firstStep]![name] = value;
            yield return mutant.ToJsonString();
        }

        var withVariable = JsonNode.Parse(json)!;
        withVariable["playbook_variables"] = new JsonObject
        {
            ["__dictionary__"] = new JsonObject { ["type"] = "dictionary", ["value"] = new JsonObject { ["a"] = "fun" } },
            ["__number__"] = new JsonObject { ["type"] = "integer", ["value"] = 3 },
        };
        yield return withVariable.ToJsonString();
    }

    private static JsonNode? Mutate(JsonNode? value, object key, Random random, out bool delete)
    {
        delete = false;
        var text = value is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
        var kinds = new List<string> { "retype" };
        if (key is string)
        {
            kinds.Add("delete");
        }

        if (value is JsonArray or JsonObject)
        {
            kinds.Add("empty");
        }

        if (text is not null && key is string property && EnumProperties.Contains(property))
        {
            kinds.Add("enum");
        }

        if (value is JsonValue number && number.TryGetValue<double>(out _))
        {
            kinds.Add("number");
        }

        var isIdentifier = CacaoIdentifier.TryParse(text, out var identifier);
        if (isIdentifier)
        {
            kinds.Add("identifier");
        }

        if (CacaoTimestamp.TryParse(text, out _))
        {
            kinds.Add("timestamp");
        }

        var uuid = identifier.Uuid.ToString();
        switch (kinds[random.Next(kinds.Count)])
        {
            case "delete":
                delete = true;
                return null;
            case "empty":
                return value is JsonArray ? new JsonArray() : new JsonObject();
            case "enum":
                return "bogus-value";
            case "number":
                return random.Next(3) switch { 0 => -1, 1 => 101, _ => 2.5 };
            case "identifier":
                return random.Next(4) switch
                {
                    0 => "not-an-identifier",
                    1 => $"{identifier.ObjectType}--1234",
                    2 => $"{identifier.ObjectType}--{uuid[..14]}7{uuid[15..]}",
                    _ => $"{identifier.ObjectType.ToUpperInvariant()}--{uuid}",
                };
            case "timestamp":
                return random.Next(2) == 0 ? "2023-02-31T10:00:00.000Z" : "2023-01-01 10:00:00Z";
            default:
                return Retype(value);
        }
    }

    private static JsonNode Retype(JsonNode? value) => value switch
    {
        JsonObject => new JsonArray(1, 2),
        JsonArray => new JsonObject { ["x"] = 1 },
        JsonValue v when v.TryGetValue<string>(out _) => 42,
        JsonValue v when v.TryGetValue<bool>(out _) => "true",
        null => "null",
        _ => "42",
    };

    private static void Replace(JsonNode? parent, object key, JsonNode replacement)
    {
        switch (parent, key)
        {
            case (JsonObject owner, string name):
                owner[name] = replacement;
                break;
            case (JsonArray list, int index):
                list[index] = replacement;
                break;
        }
    }

    private static IEnumerable<(JsonNode? Parent, object Key, JsonNode? Value)> Locations(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    yield return (obj, name, child);
                    if (child is not null)
                    {
                        foreach (var inner in Locations(child))
                        {
                            yield return inner;
                        }
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    yield return (array, i, array[i]);
                    if (array[i] is { } child)
                    {
                        foreach (var inner in Locations(child))
                        {
                            yield return inner;
                        }
                    }
                }

                break;
        }
    }
}
