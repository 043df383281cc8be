using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace Argus.OpenC2.Validation;

/// <summary>The string formats LS v1.0 uses for targets (§3.4.2): addresses, names, hashes and binaries.</summary>
public static partial class OpenC2Formats
{
    /// <summary>Dotted-quad IPv4 address with an optional <c>/0..32</c> prefix (LS IPv4-Net string form).</summary>
    public static bool IsIpv4Net(string value)
    {
        var slash = value.IndexOf('/', StringComparison.Ordinal);
        var address = slash < 0 ? value : value[..slash];
        if (!Ipv4Address().IsMatch(address))
        {
            return false;
        }

        return slash < 0 || IsPrefix(value[(slash + 1)..], 32);
    }

    /// <summary>IPv6 address (RFC 4291 text, IPv4-embedded forms included) with an optional <c>/0..128</c> prefix.</summary>
    public static bool IsIpv6Net(string value)
    {
        var slash = value.IndexOf('/', StringComparison.Ordinal);
        var address = slash < 0 ? value : value[..slash];
        if (address.Length == 0 || !address.Contains(':', StringComparison.Ordinal) || !Ipv6Characters().IsMatch(address))
        {
            return false;
        }

        if (!IPAddress.TryParse(address, out var parsed) || parsed.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return false;
        }

        return slash < 0 || IsPrefix(value[(slash + 1)..], 128);
    }

    /// <summary>EUI-48 or EUI-64 as hex pairs separated by <c>:</c> or <c>-</c>.</summary>
    public static bool IsMacAddress(string value) => MacAddress().IsMatch(value);

    /// <summary>An RFC 1123 host name: labels of letters, digits and hyphens, 1-63 characters each, 253 in all.</summary>
    public static bool IsHostname(string value)
    {
        if (value.Length is 0 or > 253)
        {
            return false;
        }

        foreach (var label in value.Split('.'))
        {
            if (!HostnameLabel().IsMatch(label))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Something before and after a single <c>@</c> (a syntax check, not RFC 5322 in full).</summary>
    public static bool IsEmailAddress(string value)
    {
        var at = value.LastIndexOf('@');
        return at > 0 && at < value.Length - 1 && !value.Any(char.IsWhiteSpace);
    }

    /// <summary>An absolute URI or IRI.</summary>
    public static bool IsAbsoluteUri(string value) =>
        !value.Any(char.IsWhiteSpace) && System.Uri.TryCreate(value, UriKind.Absolute, out _);

    /// <summary>Base16 text of exactly <paramref name="bytes"/> bytes, either case.</summary>
    public static bool IsHex(string value, int bytes) => value.Length == bytes * 2 && value.All(char.IsAsciiHexDigit);

    /// <summary>Base64url (RFC 4648 §5) text, padding optional.</summary>
    public static bool IsBase64Url(string value) => Base64Url().IsMatch(value) && value.TrimEnd('=').Length % 4 != 1;

    /// <summary>A namespace id of a non-standard profile: <c>x-</c> then letters, digits, <c>_</c> or <c>-</c>, 16 characters at most.</summary>
    public static bool IsExtensionNsid(string value) => value.Length <= 16 && ExtensionNsid().IsMatch(value);

    /// <summary>The name part of an extension target <c>nsid:name</c>.</summary>
    public static bool IsExtensionLocalName(string value) => ExtensionLocalName().IsMatch(value);

    /// <summary>LS Command-ID: up to 36 characters, none of them white space.</summary>
    public static bool IsCommandId(string value) => value.Length <= 36 && !value.Any(char.IsWhiteSpace);

    private static bool IsPrefix(string text, int max) =>
        text.Length is > 0 and <= 3 && text.All(char.IsAsciiDigit)
        && int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture) <= max;

    [GeneratedRegex(@"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$")]
    private static partial Regex Ipv4Address();

    [GeneratedRegex(@"^[0-9A-Fa-f:.]+(%[0-9A-Za-z]+)?$")]
    private static partial Regex Ipv6Characters();

    [GeneratedRegex(@"^[0-9A-Fa-f]{2}([:-][0-9A-Fa-f]{2}){5}(([:-][0-9A-Fa-f]{2}){2})?$")]
    private static partial Regex MacAddress();

    [GeneratedRegex(@"^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$")]
    private static partial Regex HostnameLabel();

    [GeneratedRegex(@"^[A-Za-z0-9_-]*={0,2}$")]
    private static partial Regex Base64Url();

    [GeneratedRegex(@"^x-[a-z0-9][a-z0-9_-]*$")]
    private static partial Regex ExtensionNsid();

    [GeneratedRegex(@"^[a-z][a-z0-9_]{0,31}$")]
    private static partial Regex ExtensionLocalName();
}
