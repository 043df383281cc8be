using System.Text.Json;
using System.Text.Json.Nodes;
using Argus.Cacao.Tests.Oracle;
using Argus.Cacao.Validation;
using FsCheck;
using FsCheck.Fluent;

namespace Argus.Cacao.Tests.Validation.Structure;

public sealed class HostileInputTests
{
    [Fact]
    public void Validate_RandomMutationsOfCorpusDocuments_NeverThrows()
    {
        string[] corpus = [.. CorpusFiles.All().Select(f => JsonSerializer.Serialize(JsonDocument.Parse(File.ReadAllBytes(f)).RootElement))];
        var validator = new PlaybookValidator();
        var cases = Gen.Choose(0, corpus.Length - 1).SelectMany(file => Gen.Choose(0, int.MaxValue - 1), (file, seed) => (file, seed));

        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var mutant = Hostile(CorpusMutator.Mutants(corpus[c.file], c.seed, count: 1).FirstOrDefault() ?? corpus[c.file], c.seed);

            var report = validator.Validate(mutant);

            return report.Issues.All(i => i.Path is not null && i.Code.Length > 0 && i.Message.Length > 0);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    [Theory]
    [InlineData("workflow")]
    [InlineData("agent_definitions")]
    [InlineData("playbook_variables")]
    [InlineData("signatures")]
    [InlineData("data_marking_definitions")]
    public void Validate_EveryJsonTypeInEveryDictionaryPosition_ReportsInsteadOfThrowing(string property)
    {
        foreach (var value in new JsonNode?[] { null, 1, -1e308, true, "x", new JsonArray(1, "a", null), new JsonObject { ["a"] = new JsonArray() } })
        {
            var playbook = TestPlaybooks.Minimal();
            playbook[property] = value?.DeepClone();
            var entryPlaybook = TestPlaybooks.Minimal();
            entryPlaybook[property] = new JsonObject { ["x--0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d"] = value?.DeepClone() };

            var report = playbook.Validate();
            var entryReport = entryPlaybook.Validate();

            Assert.False(report.IsValid && value is not JsonObject);
            Assert.NotNull(entryReport);
        }
    }

    [Fact]
    public void Validate_DeeplyNestedExtensionAndHugeStrings_ReportsInsteadOfThrowing()
    {
        var playbook = TestPlaybooks.Minimal();
        JsonNode nested = new JsonObject { ["leaf"] = "x" };
        for (var i = 0; i < 55; i++)
        {
            nested = new JsonObject { ["level"] = nested };
        }

        var huge = new string('_', 2_000_000);
        playbook["playbook_extensions"] = new JsonObject { ["extension-definition--418ee24c-9cb1-46d9-afa5-309e01aabc7f"] = new JsonObject { ["deep_value"] = nested } };
        playbook["name"] = huge;
        playbook.Command()["command"] = "__" + huge + "__:valu";
        playbook["playbook_variables"] = new JsonObject { [huge] = new JsonObject { ["type"] = huge } };

        var report = playbook.Validate();

        report.AssertError(ValidationCodes.VariableName, "/playbook_variables/" + huge);
        Assert.All(report.Issues, i => Assert.True(i.Message.Length < 1000, "messages must not repeat huge values"));
    }

    [Theory]
    [InlineData("{\"\\ud800\":1}")]
    [InlineData("{\"type\":\"playbook\",\"workflow\":{\"a\\udc00b\":{\"type\":\"start\"}}}")]
    public void Validate_MemberNameEscapingALoneSurrogate_ReportsInvalidUnicodeInsteadOfThrowing(string json)
    {
        var report = new PlaybookValidator().Validate(json);

        var issue = Assert.Single(report.Issues);
        Assert.Equal("json.invalid-unicode", issue.Code);
        Assert.Equal(IssueSeverity.Error, issue.Severity);
    }

    // Replaces one more location with a hostile value: a long string, deep nesting, a long list or an extreme number.
    private static string Hostile(string json, int seed)
    {
        var random = new Random(seed);
        var root = JsonNode.Parse(json)!;
        if (root is not JsonObject playbook || playbook.Count == 0)
        {
            return json;
        }

        var name = playbook.ElementAt(random.Next(playbook.Count)).Key;
        JsonNode deep = new JsonArray();
        for (var i = 0; i < 40; i++)
        {
            deep = new JsonObject { ["n"] = deep };
        }

        playbook[name] = random.Next(5) switch
        {
            0 => new string('a', 100_000),
            1 => deep,
            2 => new JsonArray([.. Enumerable.Range(0, 5_000).Select(i => (JsonNode)i)]),
            3 => 1e308,
            _ => playbook[name]?.DeepClone(),
        };
        return root.ToJsonString();
    }
}
