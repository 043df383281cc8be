namespace Argus.Cli.Validation;

/// <summary>Counts over a validation run, for the closing line of the human output.</summary>
internal sealed record ValidationSummary(int Files, int Valid, int ValidWithWarnings, int Invalid)
{
    public static ValidationSummary Of(IReadOnlyCollection<PlaybookFileReport> reports)
    {
        var invalid = reports.Count(r => !r.Report.IsValid);
        var withWarnings = reports.Count(r => r.Report.IsValid && r.Report.Warnings.Any());
        return new ValidationSummary(reports.Count, reports.Count - invalid - withWarnings, withWarnings, invalid);
    }
}
