namespace Argus.OpenC2.Language;

/// <summary>The <c>process</c> target's properties (LS v1.0 §3.4.1.15); at least one is present.</summary>
public sealed record OpenC2Process
{
    public long? Pid { get; init; }
    public string? Name { get; init; }
    public string? Cwd { get; init; }
    public OpenC2File? Executable { get; init; }
    public OpenC2Process? Parent { get; init; }
    public string? CommandLine { get; init; }
}
