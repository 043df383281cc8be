namespace Argus.OpenC2.Language;

/// <summary>The <c>file</c> target's properties (LS v1.0 §3.4.1.6); at least one is present.</summary>
public sealed record OpenC2File
{
    public string? Name { get; init; }
    public string? Path { get; init; }
    public OpenC2Hashes? Hashes { get; init; }
}
