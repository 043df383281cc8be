namespace Argus.Storage.Playbooks;

/// <summary>The outcome of <see cref="IPlaybookLibrary.ExportAsync"/>.</summary>
public abstract record ExportResult
{
    private ExportResult()
    {
    }

    /// <summary>
    /// The CACAO document: the stored bytes unchanged, or, when <paramref name="IsRedacted"/>, the same JSON
    /// without its secrets (re-serialised, so no longer byte-identical).
    /// </summary>
    public sealed record Exported(PlaybookVersion Version, ReadOnlyMemory<byte> Document, bool IsRedacted) : ExportResult;

    /// <summary>No such version the caller may see (missing and hidden are the same answer).</summary>
    public sealed record NotFound : ExportResult;
}
