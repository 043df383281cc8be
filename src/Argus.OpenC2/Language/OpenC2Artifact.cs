namespace Argus.OpenC2.Language;

/// <summary>The <c>artifact</c> target's properties (LS v1.0 §3.4.1.1); at least one is present.</summary>
public sealed record OpenC2Artifact
{
    public string? MimeType { get; init; }

    /// <summary>Literal content (<c>bin</c>, base64url text as given) or a <c>url</c>: exactly one of them.</summary>
    public OpenC2Payload? Payload { get; init; }

    public OpenC2Hashes? Hashes { get; init; }
}
