using Argus.Cacao.Validation;
using Spectre.Console;

namespace Argus.Cli.Validation;

/// <summary>
/// Human output of <c>argus validate</c>: a verdict line per file, one line per issue, a summary line. Colour comes
/// from Spectre.Console and only when <see cref="ShouldUseColour"/> says so; otherwise the text is plain.
/// </summary>
internal sealed class ValidationReportPrinter
{
    // Spectre wraps at the console width; report lines are kept whole so that they stay greppable.
    private const int UnwrappedWidth = 1 << 15;

    private readonly TextWriter _output;
    private readonly IAnsiConsole? _console;

    public ValidationReportPrinter(TextWriter output, bool useColour)
    {
        _output = output;
        if (useColour)
        {
            _console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Ansi = AnsiSupport.Yes,
                ColorSystem = ColorSystemSupport.Standard,
                Out = new AnsiConsoleOutput(output),
            });
            _console.Profile.Width = UnwrappedWidth;
        }
    }

    /// <summary>Colour only for a terminal, and never when <c>NO_COLOR</c> is set to a non-empty value (no-color.org).</summary>
    public static bool ShouldUseColour(bool isTerminal, string? noColor) => isTerminal && string.IsNullOrEmpty(noColor);

    public void Print(IReadOnlyList<PlaybookFileReport> reports)
    {
        foreach (var report in reports)
        {
            PrintFile(report);
        }

        var summary = ValidationSummary.Of(reports);
        WriteLine(
            string.Empty,
            $"{Count(summary.Files, "file")} checked: {summary.Valid} valid, {summary.ValidWithWarnings} valid with warnings, {summary.Invalid} invalid.",
            summary.Invalid > 0 ? "red" : summary.ValidWithWarnings > 0 ? "yellow" : "green",
            string.Empty);
    }

    private void PrintFile(PlaybookFileReport file)
    {
        var errors = file.Report.Errors.ToList();
        var warnings = file.Report.Warnings.ToList();
        var (verdict, colour) = errors.Count > 0
            ? ($"INVALID with {Count(errors.Count, "error")}", "red")
            : warnings.Count > 0
                ? ($"VALID with {Count(warnings.Count, "warning")}", "yellow")
                : ("VALID", "green");
        WriteLine($"{file.File}: ", verdict, colour, string.Empty);
        foreach (var issue in errors.Concat(warnings))
        {
            var isError = issue.Severity == IssueSeverity.Error;
            WriteLine("  ", isError ? "error" : "warning", isError ? "red" : "yellow", $" {issue.Code} at {issue.Path}: {issue.Message}");
        }
    }

    /// <summary>Writes <paramref name="before"/>, <paramref name="highlighted"/> and <paramref name="after"/> as one line; with colour, the middle part is coloured.</summary>
    private void WriteLine(string before, string highlighted, string colour, string after)
    {
        if (_console is null)
        {
            _output.WriteLine(string.Concat(before, highlighted, after));
            return;
        }

        _console.MarkupLine($"{Markup.Escape(before)}[bold {colour}]{Markup.Escape(highlighted)}[/]{Markup.Escape(after)}");
    }

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
