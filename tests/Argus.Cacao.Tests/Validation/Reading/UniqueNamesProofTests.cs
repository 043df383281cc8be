using System.Text;
using System.Text.Json;
using Argus.Cacao.Tests.Oracle;
using Argus.Cacao.Tests.Validation.Structure;
using Argus.Cacao.Validation;

namespace Argus.Cacao.Tests.Validation.Reading;

/// <summary>
/// The validator parses without the parser's duplicate-name check and lets the structure rules prove that no object
/// repeats a member name. These tests repeat a name in every object of real documents, wherever it sits, and hold the
/// fast path to the reports of the checked path.
/// </summary>
public sealed class UniqueNamesProofTests
{
    private const string DuplicateKey = "json.duplicate-key";
    private const string InvalidUnicode = "json.invalid-unicode";

    public static TheoryData<string> CorpusFileNames()
    {
        var data = new TheoryData<string>();
        var directory = Path.Combine(Argus.Testing.RepositoryPaths.Root, "..", "shared", "cacao", "corpus");
        if (!Directory.Exists(directory))
        {
            data.Add("(corpus absent)");
            return data;
        }

        foreach (var file in Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CorpusFileNames))]
    public void Validate_CorpusFileWithAnyObjectRepeatingAName_ReportsTheRepeatAtThatObject(string fileName)
    {
        AssertEveryRepeatReported(CorpusFiles.Read(fileName));
    }

    [Fact]
    public void Validate_RichPlaybookWithAnyObjectRepeatingAName_ReportsTheRepeatAtThatObject()
    {
        AssertEveryRepeatReported(Encoding.UTF8.GetBytes(RichPlaybook.Create().ToJsonString()));
    }

    [Fact]
    public void Validate_MinimalPlaybookWithAnyObjectRepeatingAName_ReportsTheRepeatAtThatObject()
    {
        AssertEveryRepeatReported(Encoding.UTF8.GetBytes(TestPlaybooks.Minimal().ToJsonString()));
    }

    [Theory]
    [MemberData(nameof(CorpusFileNames))]
    public void Validate_CorpusFile_ReportsWhatTheCheckedPathReports(string fileName)
    {
        var bytes = CorpusFiles.Read(fileName);
        var validator = new PlaybookValidator();

        Assert.Equal(Describe(validator.ValidateChecked(bytes)), Describe(validator.Validate(bytes)));
    }

    [Fact]
    public void Validate_MutantsOfRichPlaybook_ReportWhatTheCheckedPathReports()
    {
        var validator = new PlaybookValidator();
        foreach (var mutant in CorpusMutator.Mutants(RichPlaybook.Create().ToJsonString(), seed: 11, count: 400))
        {
            var bytes = Encoding.UTF8.GetBytes(mutant);
            Assert.Equal(Describe(validator.ValidateChecked(bytes)), Describe(validator.Validate(bytes)));
        }
    }

    [Theory]
    // Wrong JSON types hide content from the shapes: an array of objects where a string belongs.
    [InlineData("""{"description":[{"a":1,"a":2}]}""", "/description/0/a")]
    // Unknown properties, at any depth.
    [InlineData("""{"x-unknown":{"deep":[{"b":{"c":1,"c":1}}]}}""", "/x-unknown/deep/0/b/c")]
    [InlineData("""{"x-one":1,"x-two":2,"x-one":3}""", "/x-one")]
    // Escaped spellings of one name.
    [InlineData("""{"descr\u0069ption":"a","description":"b"}""", "/description")]
    [InlineData("""{"x-\u0061":1,"x-a":2}""", "/x-a")]
    // A countersignature nests a signature in a signature.
    [InlineData("""{"signatures":[{"type":"jss","signature":{"type":"jss","value":"a","value":"b"}}]}""", "/signatures/0/signature/value")]
    // A dictionary whose values no shape reads as objects.
    [InlineData("""{"x-map":{"k":{"v":1},"k":{"v":2}}}""", "/x-map/k")]
    // A hash-checked object: more members than are compared pairwise.
    [InlineData("""{"x-u":{"m1":1,"m2":2,"m3":3,"m4":4,"m5":5,"m6":6,"m7":7,"m8":8,"m9":9,"m10":10,"m5":0}}""", "/x-u/m5")]
    public void Validate_NameRepeatedOutsideWhatShapesRead_ReportsDuplicateKey(string rootMembers, string expectedPath)
    {
        var document = Merge(TestPlaybooks.Minimal().ToJsonString(), rootMembers);

        var report = new PlaybookValidator().Validate(document);

        Assert.Contains(report.Errors, i => i.Code == DuplicateKey && i.Path == expectedPath);
    }

    [Theory]
    [InlineData("""{"x-\ud800":1}""")]
    [InlineData("""{"x-u":{"a\udc00b":1}}""")]
    [InlineData("""{"workflow":{"start--\ud800":{"type":"start"}}}""")]
    [InlineData("""{"playbook_variables":{"__\ud800__":{"type":"string"}}}""")]
    public void Validate_NameEscapingALoneSurrogate_ReportsInvalidUnicodeAlone(string rootMembers)
    {
        var report = new PlaybookValidator().Validate(Merge("{}", rootMembers));

        var issue = Assert.Single(report.Issues);
        Assert.Equal(InvalidUnicode, issue.Code);
    }

    // For each object of the document, in turn: two mutants that repeat its first member's name at its end, once as
    // written and once with the name's first character escaped. The report must name the repeat at that object.
    private static void AssertEveryRepeatReported(byte[] original)
    {
        using var document = JsonDocument.Parse(original);
        var objects = CountObjects(document.RootElement);
        Assert.True(objects > 0);
        var validator = new PlaybookValidator();
        for (var target = 0; target < objects; target++)
        {
            foreach (var escaped in (bool[])[false, true])
            {
                var (mutant, expectedPath) = RepeatFirstName(document.RootElement, target, escaped);
                if (expectedPath is null)
                {
                    continue; // an empty object: nothing to repeat
                }

                var report = validator.Validate(mutant);

                Assert.True(report.Issues.Any(i => i.Code == DuplicateKey && i.Path == expectedPath),
                    $"No {DuplicateKey} at {expectedPath} (escaped: {escaped}); got:\n{Describe(report)}");
            }
        }
    }

    private static int CountObjects(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => 1 + value.EnumerateObject().Sum(m => CountObjects(m.Value)),
        JsonValueKind.Array => value.EnumerateArray().Sum(CountObjects),
        _ => 0,
    };

    private static (byte[] Mutant, string? ExpectedPath) RepeatFirstName(JsonElement root, int target, bool escaped)
    {
        using var buffer = new MemoryStream();
        string? expectedPath = null;
        var next = 0;
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true }))
        {
            Write(root, "");
            writer.Flush();

            void Write(JsonElement value, string path)
            {
                if (value.ValueKind == JsonValueKind.Array)
                {
                    writer.WriteStartArray();
                    var index = 0;
                    foreach (var item in value.EnumerateArray())
                    {
                        Write(item, path + "/" + index++);
                    }

                    writer.WriteEndArray();
                    return;
                }

                if (value.ValueKind != JsonValueKind.Object)
                {
                    value.WriteTo(writer);
                    return;
                }

                var isTarget = next++ == target;
                writer.WriteStartObject();
                JsonProperty? first = null;
                foreach (var member in value.EnumerateObject())
                {
                    first ??= member;
                    writer.WritePropertyName(member.Name);
                    Write(member.Value, path + "/" + Escape(member.Name));
                }

                if (isTarget && first is { } repeated)
                {
                    expectedPath = path + "/" + Escape(repeated.Name);
                    var name = escaped ? EscapeFirstCharacter(repeated.Name) : JsonEncodedName(repeated.Name);
                    // Written raw, after the comma the writer puts before any value: exactly one more member.
                    writer.WriteRawValue("\"" + name + "\":" + repeated.Value.GetRawText(), skipInputValidation: true);
                }

                writer.WriteEndObject();
            }
        }

        return (buffer.ToArray(), expectedPath);
    }

    private static string JsonEncodedName(string name) =>
        JsonSerializer.Serialize(name)[1..^1];

    private static string EscapeFirstCharacter(string name) =>
        name.Length == 0 ? "" : $"\\u{(int)name[0]:X4}" + JsonEncodedName(name[1..]);

    private static string Escape(string name) => name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    private static string Merge(string baseDocument, string rootMembers)
    {
        var inner = rootMembers.Trim()[1..^1];
        var body = baseDocument.Trim()[1..^1];
        return body.Length == 0 ? "{" + inner + "}" : "{" + body + "," + inner + "}";
    }

    private static string Describe(ValidationReport report) =>
        string.Join("\n", report.Issues.Select(i => $"{i.Severity} {i.Path} {i.Code} {i.Message}"));
}
