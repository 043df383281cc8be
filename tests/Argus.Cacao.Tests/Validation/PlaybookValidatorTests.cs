using Argus.Cacao.Tests.Oracle;
using Argus.Cacao.Validation;

namespace Argus.Cacao.Tests.Validation;

public sealed class PlaybookValidatorTests
{
    [Theory]
    [InlineData("[]")]
    [InlineData("\"playbook\"")]
    [InlineData("null")]
    public void Validate_RootIsNotAnObject_ReportsTypeMismatchAtRoot(string json)
    {
        var report = new PlaybookValidator().Validate(json);

        Assert.False(report.IsValid);
        Assert.Contains(report.Errors, i => i.Path == "" && i.Code == "type.mismatch");
    }

    [Fact]
    public void Validate_MalformedJson_ReturnsReportInsteadOfThrowing()
    {
        var report = new PlaybookValidator().Validate("{\"type\": ");

        Assert.False(report.IsValid);
    }

    [Fact]
    public void Validate_SameValidatorOnManyThreads_ReportsWhatOneThreadReports()
    {
        var documents = CorpusMutator.Mutants(RichPlaybook.Create().ToJsonString(), seed: 7, count: 200);
        var validator = new PlaybookValidator();
        var expected = documents.Select(d => Describe(validator.Validate(d))).ToArray();

        var actual = new string[documents.Count];
        Parallel.For(0, documents.Count * 4, new ParallelOptions { MaxDegreeOfParallelism = 8 },
            i => actual[i % documents.Count] = Describe(validator.Validate(documents[i % documents.Count])));

        Assert.Equal(expected, actual);
    }

    private static string Describe(ValidationReport report) =>
        string.Join("\n", report.Issues.Select(i => $"{i.Severity} {i.Path} {i.Code} {i.Message}"));
}
