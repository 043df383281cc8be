using System.Collections.Immutable;
using Argus.Cacao.Validation;

namespace Argus.Storage.Playbooks;

/// <summary>What the library extracts from a CACAO document at import, for listing and filtering without re-parsing.</summary>
public sealed record PlaybookMetadata
{
    public required string Name { get; init; }
    public string? Description { get; init; }
    public ImmutableArray<string> PlaybookTypes { get; init; } = [];
    public ImmutableArray<string> Labels { get; init; } = [];
    public string? Created { get; init; }
    public string? CreatedBy { get; init; }
    public bool Revoked { get; init; }
    public string? ValidFrom { get; init; }
    public string? ValidUntil { get; init; }
    public ImmutableArray<PlaybookVariable> Variables { get; init; } = [];
    public ImmutableArray<string> Markings { get; init; } = [];

    /// <summary>The document's <c>playbook_processing_summary</c> flags, by name.</summary>
    public ImmutableDictionary<string, bool> ProcessingSummary { get; init; } = ImmutableDictionary<string, bool>.Empty;

    /// <summary>The number of entries in <c>workflow</c>.</summary>
    public int StepCount { get; init; }

    /// <summary>The validator's warnings at import time.</summary>
    public ImmutableArray<ValidationIssue> ValidationWarnings { get; init; } = [];
}
