using System.Text.Json;
using Argus.Cacao.Conditions;
using Argus.Testing;

namespace Argus.Cacao.Tests.Conditions;

public sealed class CorpusConditionTests
{
    [Fact]
    public void Parse_EveryCorpusCondition_Parses()
    {
        var conditions = CorpusSteps("condition").ToList();

        Assert.NotEmpty(conditions);
        Assert.All(conditions, c =>
        {
            var result = ConditionParser.Parse(c.Text);
            Assert.True(result is ConditionParseResult.Parsed, $"{c.File} {c.StepId}: {result}");
        });
    }

    [Fact]
    public void TryParseOperand_EveryCorpusSwitch_IsASingleOperand()
    {
        var switches = CorpusSteps("switch").ToList();

        Assert.NotEmpty(switches);
        Assert.All(switches, s => Assert.True(ConditionParser.TryParseOperand(s.Text, out _, out _), $"{s.File} {s.StepId}"));
    }

    private static IEnumerable<(string File, string StepId, string Text)> CorpusSteps(string property)
    {
        var corpus = RepositoryPaths.RequireShared("cacao", "corpus");
        foreach (var file in Directory.EnumerateFiles(corpus, "*.json").Order(StringComparer.Ordinal))
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(file));
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("workflow", out var workflow)
                || workflow.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            foreach (var step in workflow.EnumerateObject())
            {
                if (step.Value.ValueKind == JsonValueKind.Object
                    && step.Value.TryGetProperty(property, out var value)
                    && value.ValueKind == JsonValueKind.String)
                {
                    yield return (Path.GetFileName(file), step.Name, value.GetString() ?? string.Empty);
                }
            }
        }
    }
}
