using Argus.Cacao.Primitives;

namespace Argus.Cacao.Tests.Primitives;

public sealed class CacaoTimestampTests
{
    [Theory]
    [InlineData("2023-02-19T08:00:24.918Z", 3)]
    [InlineData("2023-11-20T15:56:00.123456Z", 6)]
    [InlineData("2022-10-01T00:00:00Z", 0)]
    [InlineData("2024-02-29T23:59:59.1Z", 1)]
    [InlineData("2023-01-01T00:00:00.123456789012Z", 12)]
    public void TryParse_ValidTimestamp_ReportsFractionDigits(string text, int digits)
    {
        var parsed = CacaoTimestamp.TryParse(text, out var timestamp);

        Assert.True(parsed);
        Assert.Equal(digits, timestamp.FractionDigits);
        Assert.Equal(TimeSpan.Zero, timestamp.Value.Offset);
    }

    [Theory]
    [InlineData("2023-02-31T00:00:00.000Z")]
    [InlineData("2023-02-29T00:00:00Z")]
    [InlineData("2023-13-01T00:00:00Z")]
    [InlineData("2023-04-31T00:00:00Z")]
    [InlineData("2023-01-01T24:00:00Z")]
    [InlineData("2023-01-01T12:60:00Z")]
    [InlineData("2023-01-01T12:00:60Z")]
    [InlineData("2023-01-01T00:00:00.Z")]
    [InlineData("2023-01-01T00:00:00")]
    [InlineData("2023-01-01t00:00:00z")]
    [InlineData("2023-01-01 00:00:00Z")]
    [InlineData("2023-01-01T00:00:00+00:00")]
    [InlineData("0000-01-01T00:00:00Z")]
    [InlineData("23-01-01T00:00:00Z")]
    [InlineData("")]
    public void TryParse_MalformedOrImpossible_Fails(string text)
    {
        Assert.False(CacaoTimestamp.TryParse(text, out _));
    }

    [Fact]
    public void TryParse_LeapSecond_IsAcceptedJustBeforeMidnight()
    {
        var parsed = CacaoTimestamp.TryParse("2016-12-31T23:59:60Z", out var leap);
        CacaoTimestamp.TryParse("2016-12-31T23:59:59.999Z", out var before);

        Assert.True(parsed);
        Assert.True(leap.Value > before.Value);
    }

    [Fact]
    public void TryParse_FractionDigits_OrderInstants()
    {
        CacaoTimestamp.TryParse("2023-05-26T15:56:00.123456Z", out var micro);
        CacaoTimestamp.TryParse("2023-05-26T15:56:00.123Z", out var milli);

        Assert.True(micro.Value > milli.Value);
        Assert.Equal(new DateTimeOffset(2023, 5, 26, 15, 56, 0, 123, TimeSpan.Zero), milli.Value);
    }

    [Theory]
    [InlineData("2023-02-19T08:00:24.918Z")]
    [InlineData("2016-12-31T23:59:60Z")]
    [InlineData("2023-01-01T00:00:00.123456789012Z")]
    [InlineData("2023-02-29T00:00:00Z")]
    [InlineData("２０２３-01-01T00:00:00Z")]
    [InlineData("2023-01-01T00:00:00.00\u00e9Z")]
    [InlineData("2023-01-01T00:00:00Ｚ")]
    [InlineData("2023-01-01T00:00:00.1é")]
    [InlineData("")]
    public void TryParse_Utf8Bytes_AgreesWithTheText(string text)
    {
        var fromText = CacaoTimestamp.TryParse(text, out var expected);

        var fromBytes = CacaoTimestamp.TryParse<byte>(System.Text.Encoding.UTF8.GetBytes(text), out var actual);

        Assert.Equal(fromText, fromBytes);
        Assert.Equal(expected, actual);
    }
}
