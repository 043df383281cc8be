namespace Argus.Storage.Playbooks;

/// <summary>Filters, order and page of a listing. Every filter is optional; text matches name or description.</summary>
public sealed record PlaybookQuery
{
    public const int MaxPageSize = 500;

    public PlaybookStatus? Status { get; init; }
    public string? PlaybookType { get; init; }
    public string? Label { get; init; }

    /// <summary>A substring of the name or description (case-insensitive for ASCII).</summary>
    public string? Text { get; init; }

    /// <value>Default <see cref="PlaybookSort.ModifiedDescending"/>.</value>
    public PlaybookSort Sort { get; init; } = PlaybookSort.ModifiedDescending;

    /// <summary>When false (the default) only the latest visible version of each playbook is listed.</summary>
    public bool AllVersions { get; init; }

    /// <value>Default 50; 1 to <see cref="MaxPageSize"/>.</value>
    public int PageSize { get; init; } = 50;

    /// <summary>The <see cref="PlaybookPage.NextCursor"/> of the previous page, or null for the first page.</summary>
    public string? Cursor { get; init; }
}
