using Argus.Cacao.Validation;
using Argus.Storage.Access;

namespace Argus.Storage.Playbooks;

/// <summary>The outcome of <see cref="IPlaybookLibrary.ImportAsync"/>; callers switch over the cases.</summary>
public abstract record ImportResult
{
    private ImportResult()
    {
    }

    /// <summary>A new version was stored (with an audit event); <paramref name="Report"/> holds any warnings.</summary>
    public sealed record Stored(PlaybookVersion Version, ValidationReport Report) : ImportResult;

    /// <summary>The same (id, modified) with the same bytes was already stored: nothing was written.</summary>
    public sealed record Unchanged(PlaybookVersion Version) : ImportResult;

    /// <summary>The document has errors; nothing was written.</summary>
    public sealed record Rejected(ValidationReport Report) : ImportResult;

    /// <summary>The same (id, modified) is stored with different bytes (<c>version.conflict</c>); nothing was written.</summary>
    public sealed record Conflict(ValidationIssue Issue) : ImportResult;

    /// <summary>The document's classification is above the importer's clearance; nothing was written.</summary>
    public sealed record Forbidden(ClearanceLevel Classification, ClearanceLevel Clearance) : ImportResult;
}
