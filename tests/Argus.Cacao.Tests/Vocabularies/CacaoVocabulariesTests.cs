using System.Text.Json;
using Argus.Cacao.Vocabularies;
using Argus.Testing;

namespace Argus.Cacao.Tests.Vocabularies;

public sealed class CacaoVocabulariesTests
{
    public static TheoryData<string, string, string> SchemaEnums { get; } = new()
    {
        { nameof(CacaoVocabularies.PlaybookTypes), "playbook.json", "playbook-type-ov" },
        { nameof(CacaoVocabularies.PlaybookActivities), "playbook.json", "playbook-activity-type-ov" },
        { nameof(CacaoVocabularies.IndustrySectors), "playbook.json", "industry-sector-ov" },
        { nameof(CacaoVocabularies.WorkflowStepTypes), "workflows/workflow-step.json", "workflow-step-type-enum" },
        { nameof(CacaoVocabularies.CommandTypes), "commands/command-data.json", "command-type-ov" },
        { nameof(CacaoVocabularies.AuthenticationInfoTypes), "authentication-info/authentication-info.json", "authentication-info-type-ov" },
        { nameof(CacaoVocabularies.AgentTargetTypes), "agent-target/agent-target.json", "agent-target-type-ov" },
        { nameof(CacaoVocabularies.SecurityCategories), "agent-target/security-category.json", "security-category-type-ov" },
        { nameof(CacaoVocabularies.Regions), "data-types/civic-location.json", "region-enum" },
        { nameof(CacaoVocabularies.DataMarkingTypes), "data-markings/data-marking.json", "data-marking-type-enum" },
        { nameof(CacaoVocabularies.VariableTypes), "data-types/variable.json", "variable-type-ov" },
        { nameof(CacaoVocabularies.SignatureAlgorithms), "data-types/signature.json", "signature-algorithm-type-ov" },
    };

    [Theory]
    [MemberData(nameof(SchemaEnums))]
    public void Vocabulary_TypedOut_EqualsTheSchemasDefinition(string property, string schemaFile, string definition)
    {
        var vocabulary = (CacaoVocabulary)typeof(CacaoVocabularies).GetProperty(property)!.GetValue(null)!;
        var path = Path.Combine(RepositoryPaths.RequireShared("cacao", "schemas-cs01", "schemas"), schemaFile);
        using var schema = JsonDocument.Parse(File.ReadAllBytes(path));

        var expected = EnumValues(schema.RootElement.GetProperty("$defs").GetProperty(definition));

        Assert.Equal(expected, vocabulary.Values.ToArray());
        Assert.Equal(definition.EndsWith("-ov", StringComparison.Ordinal), vocabulary.IsOpen);
    }

    [Fact]
    public void Vocabularies_SectorsAndRegions_HaveTheSpecsCounts()
    {
        Assert.Equal(50, CacaoVocabularies.IndustrySectors.Values.Length);
        Assert.Equal(29, CacaoVocabularies.Regions.Values.Length);
    }

    [Fact]
    public void StandardTlpMarkings_CoverEveryTlpLevel()
    {
        Assert.Equal(CacaoVocabularies.TlpLevels.Values.Order(StringComparer.Ordinal), StandardTlpMarkings.IdByLevel.Keys.Order(StringComparer.Ordinal));
    }

    private static string[] EnumValues(JsonElement definition)
    {
        var holder = definition.TryGetProperty("anyOf", out var anyOf)
            ? anyOf.EnumerateArray().First(branch => branch.TryGetProperty("enum", out _))
            : definition;
        return [.. holder.GetProperty("enum").EnumerateArray().Select(v => v.GetString()!)];
    }
}
