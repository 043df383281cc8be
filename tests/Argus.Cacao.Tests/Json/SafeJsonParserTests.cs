using System.Text;
using Argus.Cacao.Json;

namespace Argus.Cacao.Tests.Json;

public sealed class SafeJsonParserTests
{
    [Fact]
    public void Parse_DuplicateMemberInNestedObject_ReportsPointerToSecondOccurrence()
    {
        using var result = Parse("""{"workflow":{"a/b":{"name":"x","name":"y"}}}""");

        var issue = Assert.Single(result.Issues);
        Assert.Equal("/workflow/a~1b/name", issue.Path);
        Assert.Equal(SafeJsonParser.DuplicateKeyCode, issue.Code);
    }

    [Fact]
    public void Parse_TruncatedDocument_ReportsMalformedWithLine()
    {
        using var result = Parse("{\n  \"type\": \"playbook\",\n  \"name\": ");

        Assert.Null(result.Document);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(SafeJsonParser.MalformedCode, issue.Code);
        Assert.Contains("line 3", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NestingBeyondLimit_ReportsTooDeep()
    {
        var deep = new string('[', 200) + new string(']', 200);

        using var result = Parse(deep);

        Assert.Equal(SafeJsonParser.TooDeepCode, Assert.Single(result.Issues).Code);
    }

    [Fact]
    public void Parse_DocumentOverSizeLimit_ReportsTooLargeWithoutParsing()
    {
        var limits = new JsonInputLimits { MaxDocumentBytes = 10 };

        using var result = SafeJsonParser.Parse(Encoding.UTF8.GetBytes("""{"name":"longer than ten"}"""), limits);

        Assert.Null(result.Document);
        Assert.Equal(SafeJsonParser.TooLargeCode, Assert.Single(result.Issues).Code);
    }

    [Fact]
    public void Parse_StringValueEscapingALoneSurrogate_IsKeptUnlessReportingIsAsked()
    {
        var bytes = Encoding.UTF8.GetBytes("""{"a":["ok","\udc00"]}""");

        using var kept = SafeJsonParser.Parse(bytes, JsonInputLimits.Default);
        using var reported = SafeJsonParser.Parse(bytes, JsonInputLimits.Default, reportsUndecodableStrings: true);

        Assert.NotNull(kept.Document);
        Assert.Empty(kept.Issues);
        Assert.NotNull(reported.Document);
        var issue = Assert.Single(reported.Issues);
        Assert.Equal(SafeJsonParser.InvalidUnicodeCode, issue.Code);
        Assert.Equal("/a/1", issue.Path);
    }

    [Fact]
    public void Parse_MemberNameWithBytesThatAreNotUtf8_ReportsInvalidUnicodeAtItsObject()
    {
        byte[] bytes = [.. "{\"x\":{\"a"u8, 0xFF, .. "\":1}}"u8];

        using var result = SafeJsonParser.Parse(bytes, JsonInputLimits.Default);

        var issue = Assert.Single(result.Issues);
        Assert.Equal(SafeJsonParser.InvalidUnicodeCode, issue.Code);
        Assert.Equal("/x", issue.Path);
        Assert.Contains("not UTF-8", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParseUnchecked_TextThatMayNotDecode_LeavesItToTheCheckedParse()
    {
        byte[] notUtf8 = [.. "{\"a\":\""u8, 0xFF, .. "\"}"u8];

        Assert.Null(SafeJsonParser.TryParseUnchecked(notUtf8, JsonInputLimits.Default));
        Assert.Null(SafeJsonParser.TryParseUnchecked(Encoding.UTF8.GetBytes("""{"a":"\ud800"}"""), JsonInputLimits.Default));
        using var plain = SafeJsonParser.TryParseUnchecked(Encoding.UTF8.GetBytes("""{"a":"\u00e9"}"""), JsonInputLimits.Default);
        Assert.NotNull(plain);
    }

    // Raw strings: the escapes reach the parser as written.
    [Theory]
    [InlineData("""{"a":"\udc00"}""")]
    [InlineData("""{"a":"\ud800"}""")]
    [InlineData("""{"a":"\ud800x"}""")]
    [InlineData("""{"a":"\ud800\u0041"}""")]
    [InlineData("""{"a":"\ud800\ud800"}""")]
    [InlineData("""{"a":"\ud83d\ude00\udc00"}""")]
    [InlineData("""{"\uDBFF":1}""")]
    public void TryParseUnchecked_EscapedLoneSurrogate_LeavesItToTheCheckedParse(string json)
    {
        Assert.Null(SafeJsonParser.TryParseUnchecked(Encoding.UTF8.GetBytes(json), JsonInputLimits.Default));
    }

    [Theory]
    [InlineData("""{"a":"\ud83d\ude00"}""")]
    [InlineData("""{"a":"x\uD83D\uDE00y\uDBFF\uDFFF"}""")]
    [InlineData("""{"\ud83d\ude00":"\\ud800"}""")]
    [InlineData("""{"a":"\u00e9\uFFFF\u0000"}""")]
    public void TryParseUnchecked_EscapesThatDecode_ParseOnTheFastPath(string json)
    {
        using var tape = SafeJsonParser.TryParseUnchecked(Encoding.UTF8.GetBytes(json), JsonInputLimits.Default);

        Assert.NotNull(tape);
    }

    private static JsonParseResult Parse(string json) =>
        SafeJsonParser.Parse(Encoding.UTF8.GetBytes(json), JsonInputLimits.Default);
}
