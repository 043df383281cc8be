using System.Collections.Immutable;

namespace Argus.Cacao.Validation;

/// <summary>Every issue found in one validation pass.</summary>
/// <param name="Issues">All issues, in document order where the rules allow it.</param>
public sealed record ValidationReport(ImmutableArray<ValidationIssue> Issues)
{
    /// <summary>A report with no issues.</summary>
    public static ValidationReport Empty { get; } = new(ImmutableArray<ValidationIssue>.Empty);

    /// <summary>True when no issue has <see cref="IssueSeverity.Error"/> severity.</summary>
    public bool IsValid => Issues.All(i => i.Severity != IssueSeverity.Error);

    /// <summary>The issues with <see cref="IssueSeverity.Error"/> severity.</summary>
    public IEnumerable<ValidationIssue> Errors => Issues.Where(i => i.Severity == IssueSeverity.Error);

    /// <summary>The issues with <see cref="IssueSeverity.Warning"/> severity.</summary>
    public IEnumerable<ValidationIssue> Warnings => Issues.Where(i => i.Severity == IssueSeverity.Warning);
}
