namespace Argus.OpenC2.Language;

/// <summary>
/// The 5-tuple of an <c>ipv4_connection</c> or <c>ipv6_connection</c> target (LS v1.0 §3.4.1.11-12); at least one
/// member is present. Addresses are kept as the <c>*_net</c> text the caller gave (<c>"10.0.0.0/8"</c>).
/// </summary>
public sealed record OpenC2Connection
{
    public string? SrcAddr { get; init; }
    public int? SrcPort { get; init; }
    public string? DstAddr { get; init; }
    public int? DstPort { get; init; }
    public OpenC2L4Protocol? Protocol { get; init; }
}
