namespace Argus.OpenC2.Language;

/// <summary>Layer-4 protocol of a connection target (LS v1.0 §3.4.2.10), numbered with the IANA protocol numbers.</summary>
public enum OpenC2L4Protocol
{
    Icmp = 1,
    Tcp = 6,
    Udp = 17,
    Sctp = 132,
}
