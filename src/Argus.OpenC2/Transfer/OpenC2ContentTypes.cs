namespace Argus.OpenC2.Transfer;

/// <summary>
/// The media types of the two HTTPS transfer specifications, spelled exactly as consumers compare them: no space
/// before <c>version</c>, no charset (notes §0: some consumers compare the header string byte for byte).
/// </summary>
public static class OpenC2ContentTypes
{
    /// <summary>HTTPS v1.1: request, response and Accept.</summary>
    public const string V1_1 = "application/openc2+json;version=1.0";

    /// <summary>HTTPS v1.0: a command.</summary>
    public const string V1_0Command = "application/openc2-cmd+json;version=1.0";

    /// <summary>HTTPS v1.0: a response (also the request's Accept).</summary>
    public const string V1_0Response = "application/openc2-rsp+json;version=1.0";

    /// <summary>The path HTTPS v1.1 fixes (RFC 8615 well-known URI).</summary>
    public const string WellKnownPath = "/.well-known/openc2";

    /// <summary>The path the HTTPS v1.0 examples use (v1.0 leaves the path open).</summary>
    public const string V1_0DefaultPath = "/openc2";

    /// <summary>
    /// True when <paramref name="header"/> names <paramref name="expected"/>'s media type with the same <c>version</c>,
    /// ignoring case, white space and other parameters (the lenient reading; exact matchers compare strings).
    /// </summary>
    public static bool IsSameMediaType(string? header, string expected)
    {
        if (header is null)
        {
            return false;
        }

        return Normalise(header) == Normalise(expected);

        static string Normalise(string value)
        {
            var parts = value.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var version = parts.Skip(1).Select(p => p.Replace(" ", "", StringComparison.Ordinal))
                .FirstOrDefault(p => p.StartsWith("version=", StringComparison.OrdinalIgnoreCase));
            return string.Concat(parts.FirstOrDefault()?.ToLowerInvariant(), ";", version?.ToLowerInvariant());
        }
    }
}
