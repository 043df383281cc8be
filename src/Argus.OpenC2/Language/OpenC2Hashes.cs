namespace Argus.OpenC2.Language;

/// <summary>Hashes (LS v1.0 §3.4.2.7): at least one of them; Base16 text, kept in the case the caller gave.</summary>
/// <remarks>LS says upper case, yet every spec example and plugfest vector uses lower case: both are accepted.</remarks>
public sealed record OpenC2Hashes
{
    public string? Md5 { get; init; }
    public string? Sha1 { get; init; }
    public string? Sha256 { get; init; }
}
