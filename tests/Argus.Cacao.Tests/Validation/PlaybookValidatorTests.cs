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
}
