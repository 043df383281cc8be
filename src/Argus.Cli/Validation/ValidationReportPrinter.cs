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
        var line = $"{Count(summary.Files, "file")} checked: {summary.Valid} valid, {summary.ValidWithWarnings} valid with warnings, {summary.Invalid} invalid.";
        Write(line, summary.Invalid > 0 ? "red" : summary.ValidWithWarnings > 0 ? "yellow" : "green", emphasis: line.Length);
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
        Write($"{file.File}: {verdict}", colour, emphasis: verdict.Length);
        foreach (var issue in errors.Concat(warnings))
        {
            var severity = issue.Severity == IssueSeverity.Error ? "error" : "warning";
            Write($"  {severity} {issue.Code} at {issue.Path}: {issue.Message}",
                issue.Severity == IssueSeverity.Error ? "red" : "yellow", emphasis: 2 + severity.Length);
        }
    }

    /// <summary>Writes a line; with colour, its <paramref name="emphasis"/> characters (the last ones for a verdict, the first ones for an issue) are coloured.</summary>
    private void Write(string line, string colour, int emphasis)
    {
        if (_console is null)
        {
            _output.WriteLine(line);
            return;
        }

        var isVerdict = !line.StartsWith("  ", StringComparison.Ordinal);
        var split = isVerdict ? line.Length - emphasis : emphasis;
        var plain = isVerdict ? line[..split] : line[split..];
        var coloured = isVerdict ? line[split..] : line[..split];
        var markup = isVerdict
            ? $"{Markup.Escape(plain)}[bold {colour}]{Markup.Escape(coloured)}[/]"
            : $"[{colour}]{Markup.Escape(coloured)}[/]{Markup.Escape(plain)}";
        _console.MarkupLine(markup);
    }

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
