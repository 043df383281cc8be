using System.Text;
using Argus.Cacao.Validation.Rules.Structure;

namespace Argus.Cacao.Tests.Validation.Structure;

public sealed class Base64TextTests
{
    [Theory]
    [InlineData("", true)]
    [InlineData("ZWNobyBoaQ==", true)]
    [InlineData("ZWNobyBo", true)]
    [InlineData("ZWNobw+/", true)]
    [InlineData("ZWNobyBoaQ", false)]
    [InlineData("ZWNobyBoa===", false)]
    [InlineData("ZW=NobyBo", false)]
    [InlineData("ZWNo_-hp", false)]
    [InlineData("ZWNo b2h", false)]
    [InlineData("ZWNob\u00e9==", false)]
    public void IsBase64_Examples_AnswerTheSameOnTextAndUtf8(string text, bool expected)
    {
        Assert.Equal(expected, Base64Text.IsBase64(text));
        Assert.Equal(expected, Base64Text.IsBase64(Encoding.UTF8.GetBytes(text)));
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("ZWNo_-hp", true)]
    [InlineData("ZWNobyBoaQ", true)]
    [InlineData("ZWNobyBoaQ==", true)]
    [InlineData("ZWNobyBoa===", false)]
    [InlineData("ZWNob", false)]
    [InlineData("ZWNo+/hp", false)]
    [InlineData("ZWNo\u00e9", false)]
    public void IsBase64Url_Examples_AnswerTheSameOnTextAndUtf8(string text, bool expected)
    {
        Assert.Equal(expected, Base64Text.IsBase64Url(text));
        Assert.Equal(expected, Base64Text.IsBase64Url(Encoding.UTF8.GetBytes(text)));
    }

    [Fact]
    public void IsBase64_RandomTextOverBothAlphabets_AgreesWithEncodingRoundTrips()
    {
        // Characters of both alphabets, padding, a space and a non-ASCII letter; the reference is the definition:
        // valid standard base64 is exactly what Convert decodes and encodes back to the same text.
        const string pool = "AZaz09+/-_= \u00e9";
        var random = new Random(4648);
        for (var round = 0; round < 5_000; round++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 13)).Select(_ => pool[random.Next(pool.Length)])]);
            var utf8 = Encoding.UTF8.GetBytes(text);

            var expected = IsCanonicalBase64(text);
            Assert.True(expected == Base64Text.IsBase64(text), text);
            Assert.True(expected == Base64Text.IsBase64(utf8), text);
            Assert.True(Base64Text.IsBase64Url(text) == Base64Text.IsBase64Url(utf8), text);
        }
    }

    // Strict standard base64: Convert accepts it (it would also skip whitespace, which the length check and the
    // round trip rule out) and, ignoring the unused bits of the last group, writes the same length back.
    private static bool IsCanonicalBase64(string text)
    {
        if (text.Contains(' ') || text.Length % 4 != 0)
        {
            return false;
        }

        try
        {
            return Convert.ToBase64String(Convert.FromBase64String(text)).Length == text.Length;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
