namespace Argus.Cacao.Validation;

/// <summary>How serious a <see cref="ValidationIssue"/> is.</summary>
public enum IssueSeverity
{
    /// <summary>The document is unusable or ambiguous for storage or execution and is rejected.</summary>
    Error,

    /// <summary>A spec MUST or SHOULD is violated, but the playbook stays understandable and runnable.</summary>
    Warning,
}
