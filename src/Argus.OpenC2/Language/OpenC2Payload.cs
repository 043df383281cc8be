namespace Argus.OpenC2.Language;

/// <summary>An artifact payload (LS v1.0 §3.4.2.13): a Choice of <c>bin</c> (base64url, RFC 4648 §5) or <c>url</c>.</summary>
public abstract record OpenC2Payload
{
    private OpenC2Payload()
    {
    }

    public sealed record Bin(string Base64Url) : OpenC2Payload;

    public sealed record Url(string Value) : OpenC2Payload;
}
