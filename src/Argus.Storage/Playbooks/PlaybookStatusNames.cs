namespace Argus.Storage.Playbooks;

/// <summary>The written (and stored) names of <see cref="PlaybookStatus"/>: <c>draft</c>, <c>verified</c>, <c>deprecated</c>.</summary>
public static class PlaybookStatusNames
{
    public static string ToName(this PlaybookStatus status) => status switch
    {
        PlaybookStatus.Draft => "draft",
        PlaybookStatus.Verified => "verified",
        PlaybookStatus.Deprecated => "deprecated",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not a playbook status."),
    };

    public static bool TryParse(string? text, out PlaybookStatus status)
    {
        PlaybookStatus? found = text?.Trim().ToLowerInvariant() switch
        {
            "draft" => PlaybookStatus.Draft,
            "verified" => PlaybookStatus.Verified,
            "deprecated" => PlaybookStatus.Deprecated,
            _ => null,
        };
        status = found.GetValueOrDefault();
        return found.HasValue;
    }

    /// <summary>
    /// The allowed transitions: forward along draft -> verified -> deprecated, and back to draft from either
    /// (a playbook reopened for a new version).
    /// </summary>
    public static bool CanChange(PlaybookStatus from, PlaybookStatus to) => (from, to) switch
    {
        (PlaybookStatus.Draft, PlaybookStatus.Verified) => true,
        (PlaybookStatus.Verified, PlaybookStatus.Deprecated) => true,
        (PlaybookStatus.Verified, PlaybookStatus.Draft) => true,
        (PlaybookStatus.Deprecated, PlaybookStatus.Draft) => true,
        _ => false,
    };
}
