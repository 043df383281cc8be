using Argus.Cacao.Validation;

namespace Argus.Cacao.Tests.Validation;

/// <summary>An issue a corpus file must produce: its severity, its code and a fragment of its JSON pointer.</summary>
public sealed record ExpectedIssue(IssueSeverity Severity, string Code, string PathFragment)
{
    public bool IsMetBy(ValidationIssue issue) =>
        issue.Severity == Severity && issue.Code == Code && issue.Path.Contains(PathFragment, StringComparison.Ordinal);

    public override string ToString() => $"{Severity} {Code} at a path containing '{PathFragment}'";
}
