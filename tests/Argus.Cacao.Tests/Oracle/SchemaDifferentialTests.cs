using System.Text;
using System.Text.Json;
using Argus.Cacao.Tests.Validation.Structure;
using Argus.Cacao.Validation;
using Argus.Testing;

namespace Argus.Cacao.Tests.Oracle;

/// <summary>
/// Differential test against the official CS01 schemas run by ajv: every error ajv reports must be one of ours (an
/// error at the same JSON pointer, or within or above it), unless <see cref="SchemaDeviations"/> documents the
/// difference.
/// </summary>
public sealed class SchemaDifferentialTests(ITestOutputHelper output)
{
    private const int MutantsPerFile = 12;
    private const int RichMutants = 200;

    [Fact]
    public async Task Validate_CorpusAndMutants_CoversEverySchemaErrorOrDocumentedDeviation()
    {
        var (node, script) = AjvOracle.Require();
        var schemas = RepositoryPaths.RequireShared("cacao", "schemas-cs01", "schemas");
        var documents = Documents();

        var ajvErrors = await AjvOracle.ValidateAsync(node, script, schemas, documents, TestContext.Current.CancellationToken);

        Assert.Equal(documents.Count, ajvErrors.Count);
        var validator = new PlaybookValidator();
        var matched = 0;
        var excused = new Dictionary<string, int>(StringComparer.Ordinal);
        var unmatched = new List<string>();
        for (var i = 0; i < documents.Count; i++)
        {
            var ours = validator.Validate(documents[i]).Errors.Select(e => e.Path).ToList();
            using var parsed = JsonDocument.Parse(documents[i]);
            foreach (var error in ajvErrors[i])
            {
                if (ours.Any(path => IsWithinOrAbove(path, error.InstancePath)))
                {
                    matched++;
                    continue;
                }

                var finding = new SchemaDeviations.SchemaFinding(error.Keyword, error.InstancePath, error.MissingProperty,
                    Resolve(parsed.RootElement, error.InstancePath));
                if (SchemaDeviations.Excusing(finding) is { } deviation)
                {
                    excused[deviation.Id] = excused.GetValueOrDefault(deviation.Id) + 1;
                }
                else
                {
                    unmatched.Add($"document {i}: {error.InstancePath} {error.Keyword} ({error.SchemaPath}) {error.Message}; ours: [{string.Join(", ", ours)}]");
                }
            }
        }

        var total = ajvErrors.Sum(e => e.Count);
        output.WriteLine($"{documents.Count} documents, {total} ajv errors: {matched} matched by our errors, " +
                         $"{excused.Values.Sum()} excused by deviations ({string.Join(", ", excused.Select(p => $"{p.Key} {p.Value}"))}), {unmatched.Count} unmatched.");
        Assert.True(total > 100, $"The mutants should make ajv report many errors; it reported {total}.");
        Assert.True(unmatched.Count == 0, "ajv errors we do not report:\n" + string.Join("\n", unmatched.Take(40)));
        Assert.All(SchemaDeviations.All, d => Assert.True(excused.ContainsKey(d.Id), $"The deviation '{d.Id}' excused nothing: exercise it or remove it."));
    }

    [Fact]
    public void Validate_RichPlaybook_ReportsNoStructuralIssue()
    {
        var report = new PlaybookValidator().Validate(RichPlaybook.Create().ToJsonString());

        Assert.True(report.Issues.IsEmpty, TestPlaybooks.Describe(report));
    }

    [Fact]
    public void SchemaDeviations_EveryEntry_NamesItsSpecNotesItemAndReason()
    {
        var deviations = SchemaDeviations.All;

        Assert.NotEmpty(deviations);
        Assert.All(deviations, d =>
        {
            Assert.StartsWith("§", d.SpecNotesItem, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(d.Reason));
        });
        Assert.Equal(deviations.Length, deviations.Select(d => d.Id).Distinct(StringComparer.Ordinal).Count());
    }

    private static List<string> Documents()
    {
        var documents = new List<string>();
        var files = CorpusFiles.All();
        for (var i = 0; i < files.Count; i++)
        {
            using var original = JsonDocument.Parse(File.ReadAllBytes(files[i]));
            var compact = JsonSerializer.Serialize(original.RootElement);
            documents.Add(compact);
            documents.AddRange(CorpusMutator.Mutants(compact, seed: 1000 + i, MutantsPerFile));
            documents.AddRange(CorpusMutator.Targeted(compact));
        }

        var rich = RichPlaybook.Create().ToJsonString();
        documents.Add(rich);
        documents.AddRange(CorpusMutator.Mutants(rich, seed: 7, RichMutants));
        documents.AddRange(CorpusMutator.Targeted(rich));
        return documents;
    }

    private static bool IsWithinOrAbove(string ours, string theirs) =>
        ours == theirs
        || ours.StartsWith(theirs + "/", StringComparison.Ordinal)
        || theirs.StartsWith(ours + "/", StringComparison.Ordinal);

    private static JsonElement? Resolve(JsonElement root, string pointer)
    {
        var current = root;
        foreach (var raw in pointer.Split('/').Skip(1))
        {
            var segment = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty(segment, out var child))
            {
                current = child;
            }
            else if (current.ValueKind == JsonValueKind.Array && int.TryParse(segment, out var index) && index < current.GetArrayLength())
            {
                current = current[index];
            }
            else
            {
                return null;
            }
        }

        return current.Clone();
    }
}
