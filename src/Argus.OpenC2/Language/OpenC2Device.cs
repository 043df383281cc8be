namespace Argus.OpenC2.Language;

/// <summary>The <c>device</c> target's properties (LS v1.0 §3.4.1.3); at least one is present.</summary>
public sealed record OpenC2Device
{
    public string? Hostname { get; init; }
    public string? IdnHostname { get; init; }
    public string? DeviceId { get; init; }
}
