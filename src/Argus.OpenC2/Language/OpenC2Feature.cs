namespace Argus.OpenC2.Language;

/// <summary>An item of the <c>features</c> target used with <c>query</c> (LS v1.0 §3.4.2.4).</summary>
public enum OpenC2Feature
{
    Versions,
    Profiles,
    Pairs,
    RateLimit,
}
