using Argus.Cacao.Conditions;

namespace Argus.Cacao.Tests.Conditions;

public sealed class IpBlockTests
{
    [Theory]
    [InlineData("10.0.0.1")]
    [InlineData(" 10.0.0.1/32 ")]
    [InlineData("0.0.0.0/0")]
    [InlineData("255.255.255.255")]
    [InlineData("::1")]
    [InlineData("2001:db8::/32")]
    [InlineData("::ffff:10.0.0.1")]
    public void TryParse_AddressOrCidr_Succeeds(string text)
    {
        Assert.True(IpBlock.TryParse(text, out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData("10")]
    [InlineData("10.1")]
    [InlineData("10.0.0.256")]
    [InlineData("10.0.0.1.2")]
    [InlineData("10.0.0.1/")]
    [InlineData("10.0.0.1/33")]
    [InlineData("10.0.0.1/-1")]
    [InlineData("10.0.0.01x")]
    [InlineData("fe80::1%eth0")]
    [InlineData("2001:db8::/129")]
    [InlineData("host.example")]
    public void TryParse_NotAnAddress_Fails(string text)
    {
        Assert.False(IpBlock.TryParse(text, out _));
    }

    [Fact]
    public void TryParse_HostBitsBelowPrefix_AreCleared()
    {
        IpBlock.TryParse("10.1.2.3/8", out var withHostBits);
        IpBlock.TryParse("10.0.0.0/8", out var network);

        Assert.Equal(network, withHostBits);
    }
}
