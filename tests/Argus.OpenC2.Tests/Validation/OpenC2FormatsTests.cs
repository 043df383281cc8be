using Argus.OpenC2.Validation;

namespace Argus.OpenC2.Tests.Validation;

public sealed class OpenC2FormatsTests
{
    [Theory]
    [InlineData("10.0.0.1", true)]
    [InlineData("10.0.0.0/8", true)]
    [InlineData("10.0.0.0/33", false)]
    [InlineData("10.0.0", false)]
    [InlineData("10.0.0.0/", false)]
    public void IsIpv4Net_Text_MatchesTheDottedQuadWithPrefix(string text, bool expected) =>
        Assert.Equal(expected, OpenC2Formats.IsIpv4Net(text));

    [Theory]
    [InlineData("::ffff:192.0.2.128", true)]
    [InlineData("2001:db8::/129", false)]
    [InlineData("10.0.0.1", false)]
    [InlineData("2001:db8::g", false)]
    public void IsIpv6Net_Text_AcceptsRfc4291TextWithPrefix(string text, bool expected) =>
        Assert.Equal(expected, OpenC2Formats.IsIpv6Net(text));

    [Theory]
    [InlineData("00:1a:2b:3c:4d:5e", true)]
    [InlineData("00-1A-2B-3C-4D-5E-6F-70", true)]
    [InlineData("00:1a:2b:3c:4d:5e:6f", false)]
    public void IsMacAddress_Text_AcceptsEui48AndEui64(string text, bool expected) =>
        Assert.Equal(expected, OpenC2Formats.IsMacAddress(text));

    [Theory]
    [InlineData("x-acme", true)]
    [InlineData("x-_acme", false)]
    [InlineData("X-acme", false)]
    [InlineData("acme", false)]
    [InlineData("x-0123456789abcdef", false)]
    public void IsExtensionNsid_Name_RequiresLowerCaseXPrefixAndAtMost16(string text, bool expected) =>
        Assert.Equal(expected, OpenC2Formats.IsExtensionNsid(text));
}
