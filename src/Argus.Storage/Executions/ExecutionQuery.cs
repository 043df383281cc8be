namespace Argus.Storage.Executions;

/// <summary>Filters and page of an execution listing, newest first. Every filter is optional.</summary>
public sealed record ExecutionQuery
{
    public const int MaxPageSize = 500;

    public string? PlaybookId { get; init; }
    public ExecutionState? State { get; init; }
    public ExecutionMode? Mode { get; init; }

    /// <value>Default 50; 1 to <see cref="MaxPageSize"/>.</value>
    public int PageSize { get; init; } = 50;

    /// <summary>The <see cref="ExecutionPage.NextCursor"/> of the previous page, or null for the first page.</summary>
    public string? Cursor { get; init; }
}
