using System.Buffers.Binary;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Argus.Cacao.Conditions;

/// <summary>An IPv4 or IPv6 CIDR block; a plain address is a block of one (/32 or /128).</summary>
/// <param name="IsIPv6">The address family.</param>
/// <param name="Bits">The address, right-aligned, with the host bits below the prefix cleared.</param>
/// <param name="PrefixLength">The prefix length.</param>
internal readonly record struct IpBlock(bool IsIPv6, UInt128 Bits, int PrefixLength) : IComparable<IpBlock>
{
    private int Width => IsIPv6 ? 128 : 32;

    public static bool TryParse(string text, out IpBlock block)
    {
        block = default;
        var trimmed = text.AsSpan().Trim();
        var slash = trimmed.IndexOf('/');
        var addressText = slash < 0 ? trimmed : trimmed[..slash];
        if (!TryParseAddress(addressText, out var isIPv6, out var bits))
        {
            return false;
        }

        var width = isIPv6 ? 128 : 32;
        var prefix = width;
        if (slash >= 0)
        {
            var prefixText = trimmed[(slash + 1)..];
            if (prefixText.Length is 0 or > 3 || !IsDigits(prefixText)
                || !int.TryParse(prefixText, NumberStyles.None, CultureInfo.InvariantCulture, out prefix) || prefix > width)
            {
                return false;
            }
        }

        block = new IpBlock(isIPv6, bits & Mask(width, prefix), prefix);
        return true;
    }

    /// <summary>True when every address of this block lies in <paramref name="other"/>.</summary>
    public bool IsWithin(IpBlock other) =>
        IsIPv6 == other.IsIPv6
        && PrefixLength >= other.PrefixLength
        && (Bits & Mask(Width, other.PrefixLength)) == other.Bits;

    public int CompareTo(IpBlock other)
    {
        var family = IsIPv6.CompareTo(other.IsIPv6);
        if (family != 0)
        {
            return family;
        }

        var bits = Bits.CompareTo(other.Bits);
        return bits != 0 ? bits : PrefixLength.CompareTo(other.PrefixLength);
    }

    private static UInt128 Mask(int width, int prefix) =>
        prefix == 0 ? UInt128.Zero : (UInt128.MaxValue << (width - prefix)) & (width == 128 ? UInt128.MaxValue : uint.MaxValue);

    private static bool TryParseAddress(ReadOnlySpan<char> text, out bool isIPv6, out UInt128 bits)
    {
        bits = UInt128.Zero;
        isIPv6 = text.Contains(':');
        if (isIPv6)
        {
            // IPAddress.TryParse also takes scope ids ("%eth0"), which name no network.
            Span<byte> bytes = stackalloc byte[16];
            if (text.Contains('%') || !IPAddress.TryParse(text, out var address)
                || address.AddressFamily != AddressFamily.InterNetworkV6 || !address.TryWriteBytes(bytes, out _))
            {
                return false;
            }

            bits = BinaryPrimitives.ReadUInt128BigEndian(bytes);
            return true;
        }

        // IPAddress.TryParse reads "10" as 0.0.0.10 and "10.1" as 10.0.0.1: demand four dotted decimal parts.
        var parts = 0;
        uint value = 0;
        foreach (var range in text.Split('.'))
        {
            var part = text[range];
            if (++parts > 4 || part.Length is 0 or > 3 || !IsDigits(part)
                || !byte.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var octet))
            {
                return false;
            }

            value = (value << 8) | octet;
        }

        bits = value;
        return parts == 4;
    }

    private static bool IsDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
