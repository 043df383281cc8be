namespace Argus.Cacao.Validation;

/// <summary>One problem found in a CACAO document.</summary>
/// <param name="Path">RFC 6901 JSON pointer to the offending value ("" for the whole document).</param>
/// <param name="Code">Stable, dotted machine-readable code such as <c>reference.unresolved</c>.</param>
/// <param name="Severity">Whether the issue rejects the document or only warns.</param>
/// <param name="Message">Plain-language explanation that names the bad value.</param>
public sealed record ValidationIssue(string Path, string Code, IssueSeverity Severity, string Message);
