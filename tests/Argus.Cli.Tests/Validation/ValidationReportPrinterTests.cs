using System.Collections.Immutable;
using Argus.Cacao.Validation;
using Argus.Cli.Validation;

namespace Argus.Cli.Tests.Validation;

public sealed class ValidationReportPrinterTests
{
    [Theory]
    [InlineData(true, null, true)]
    [InlineData(true, "", true)]
    [InlineData(true, "1", false)]
    [InlineData(false, null, false)]
    public void ShouldUseColour_TerminalAndNoColor_DecideTogether(bool isTerminal, string? noColor, bool expected)
    {
        Assert.Equal(expected, ValidationReportPrinter.ShouldUseColour(isTerminal, noColor));
    }

    [Fact]
    public void Print_WithoutColour_WritesPlainLines()
    {
        var output = new StringWriter();

        new ValidationReportPrinter(output, useColour: false).Print([Report()]);

        Assert.Equal(
            [
                "p.json: INVALID with 1 error",
                "  error x.bad at /a: broken [really]",
                "  warning x.odd at /b: odd",
                "1 file checked: 0 valid, 0 valid with warnings, 1 invalid.",
            ],
            output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Print_WithColour_AddsAnsiCodesAroundTheSameText()
    {
        var output = new StringWriter();

        new ValidationReportPrinter(output, useColour: true).Print([Report()]);

        var text = output.ToString();
        Assert.Contains("\u001b[", text, StringComparison.Ordinal);
        Assert.Contains("broken [really]", text, StringComparison.Ordinal);
        var withoutAnsi = System.Text.RegularExpressions.Regex.Replace(text, "\u001b\\[[0-9;]*m", "");
        Assert.Contains("p.json: INVALID with 1 error", withoutAnsi, StringComparison.Ordinal);
        Assert.Contains("  error x.bad at /a: broken [really]", withoutAnsi, StringComparison.Ordinal);
    }

    private static PlaybookFileReport Report() => new("p.json", new ValidationReport(
    [
        new ValidationIssue("/b", "x.odd", IssueSeverity.Warning, "odd"),
        new ValidationIssue("/a", "x.bad", IssueSeverity.Error, "broken [really]"),
    ]));
}
