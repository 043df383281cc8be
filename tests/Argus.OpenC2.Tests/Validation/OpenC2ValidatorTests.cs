using System.Text;
using Argus.OpenC2.Language;
using Argus.OpenC2.Serialization;
using Argus.OpenC2.Validation;

namespace Argus.OpenC2.Tests.Validation;

public sealed class OpenC2ValidatorTests
{
    [Fact]
    public void ReadCommand_ZeroBytes_ReportsMalformedWithoutThrowing()
    {
        var result = OpenC2Reader.ReadCommand(ReadOnlyMemory<byte>.Empty);

        Assert.False(result.IsValid);
        Assert.Equal(OpenC2IssueCodes.Malformed, Assert.Single(result.Report.Issues).Code);
    }

    [Fact]
    public void ReadCommand_DuplicateMember_ReportsDuplicate()
    {
        var result = Command("""{"action":"deny","action":"allow","target":{"ipv4_net":"10.0.0.1"}}""");

        Assert.Equal(OpenC2IssueCodes.DuplicateMember, Assert.Single(result.Report.Issues).Code);
    }

    [Theory]
    [InlineData("""{"action":"deny\ud800","target":{"ipv4_net":"10.0.0.1"}}""", "/action")]
    [InlineData("""{"action":"deny","target":{"ipv4_net":"10.0.0.1"},"args":{"x-a:b":["ok","\udc00"]}}""", "/args/x-a:b/1")]
    [InlineData("""{"action":"deny","target":{"ipv4_net":"10.0.0.1"},"\ud800":1}""", "")]
    public void ReadCommand_TextEscapingALoneSurrogate_ReportsInvalidUnicodeInsteadOfThrowing(string json, string path)
    {
        var result = Command(json);

        var issue = Assert.Single(result.Report.Issues);
        Assert.Equal((OpenC2IssueCodes.InvalidUnicode, path), (issue.Code, issue.Path));
    }

    [Theory]
    [InlineData("""{"status":200,"status_text":"a\ud800"}""", "/status_text")]
    [InlineData("""{"status":200,"results":{"versions":["1.0","\udc00"]}}""", "/results/versions/1")]
    public void ReadResponse_TextEscapingALoneSurrogate_ReportsInvalidUnicodeInsteadOfThrowing(string json, string path)
    {
        var result = OpenC2Reader.ReadResponse(Encoding.UTF8.GetBytes(json));

        var issue = Assert.Single(result.Report.Issues);
        Assert.Equal((OpenC2IssueCodes.InvalidUnicode, path), (issue.Code, issue.Path));
    }

    [Fact]
    public void ReadResponse_BytesThatAreNotUtf8_ReportsInvalidUnicodeInsteadOfThrowing()
    {
        byte[] json = [.. "{\"status\":200,\"status_text\":\"a"u8, 0xFF, .. "\"}"u8];

        var result = OpenC2Reader.ReadResponse(json);

        var issue = Assert.Single(result.Report.Issues);
        Assert.Equal((OpenC2IssueCodes.InvalidUnicode, "/status_text"), (issue.Code, issue.Path));
    }

    [Fact]
    public void ReadCommand_BadAddressInConnection_ReportsFormatAtItsPointer()
    {
        var result = Command("""{"action":"deny","target":{"ipv4_connection":{"src_addr":"10.0.0.256","dst_port":70000}}}""");

        Assert.Collection(result.Report.Issues.OrderBy(i => i.Path, StringComparer.Ordinal),
            i => Assert.Equal(("/target/ipv4_connection/dst_port", OpenC2IssueCodes.OutOfRange), (i.Path, i.Code)),
            i => Assert.Equal(("/target/ipv4_connection/src_addr", OpenC2IssueCodes.Format), (i.Path, i.Code)));
    }

    [Fact]
    public void ReadCommand_UnknownSlpfArg_ReportsUnknownMemberUnderArgsSlpf()
    {
        var result = Command("""{"action":"deny","target":{"ipv6_net":"2001:db8::/32"},"args":{"slpf":{"speed":"fast"}}}""");

        Assert.Equal("/args/slpf/speed", Assert.Single(result.Report.Issues).Path);
    }

    [Fact]
    public void ReadCommand_WellFormedUnknownExtensionByDefault_IsAccepted()
    {
        var result = Command("""{"action":"start","target":{"x-acme:container":{"id":"c1"}},"actuator":{"x-acme":{}}}""");

        Assert.True(result.IsValid);
        Assert.Equal("x-acme:container", result.Value.Target.Name);
    }

    [Fact]
    public void ReadCommand_UnknownExtensionWhenOnlyKnownProfiles_ReportsUnknownExtension()
    {
        var result = OpenC2Reader.ReadCommand(
            Encoding.UTF8.GetBytes("""{"action":"start","target":{"x-acme:container":{"id":"c1"}}}"""),
            OpenC2ValidationOptions.SlpfOnly);

        Assert.Equal(OpenC2IssueCodes.UnknownExtension, Assert.Single(result.Report.Issues).Code);
    }

    [Fact]
    public void ReadCommand_CommandIdLongerThan36_ReportsFormat()
    {
        var result = Command($$"""{"action":"query","target":{"features":[]},"command_id":"{{new string('a', 37)}}"}""");

        Assert.Equal("/command_id", Assert.Single(result.Report.Issues).Path);
    }

    [Fact]
    public void ReadCommand_NestingBeyondLimit_ReportsMalformedWithoutThrowing()
    {
        var deep = "{\"action\":\"set\",\"target\":{\"x-a:b\":" + new string('[', 100) + new string(']', 100) + "}}";

        var result = Command(deep);

        Assert.False(result.IsValid);
    }

    [Fact]
    public void ReadResponse_Status201_ReportsNotInEnumeration()
    {
        var result = OpenC2Reader.ReadResponse(Encoding.UTF8.GetBytes("""{"status":201}"""));

        Assert.Equal(OpenC2IssueCodes.NotInEnumeration, Assert.Single(result.Report.Issues).Code);
    }

    [Fact]
    public void ReadResponse_SlpfRuleNumber_KeepsTheResultAsJson()
    {
        var result = OpenC2Reader.ReadResponse(Encoding.UTF8.GetBytes("""{"status":200,"results":{"slpf":{"rule_number":7}}}"""));

        Assert.True(result.IsValid);
        Assert.Equal(7, result.Value.Results!.Extensions["slpf"].GetProperty("rule_number").GetInt32());
    }

    [Fact]
    public void Validate_BuiltCommandWithDuplicateFeatures_ReportsNotUnique()
    {
        var command = new OpenC2Command(OpenC2Action.Query, new OpenC2Target.Features([OpenC2Feature.Pairs, OpenC2Feature.Pairs]));

        var report = new OpenC2Validator().Validate(command);

        Assert.Equal(("/target/features/1", OpenC2IssueCodes.NotUnique), (Assert.Single(report.Issues).Path, report.Issues[0].Code));
    }

    private static OpenC2ReadResult<OpenC2Command> Command(string json) => OpenC2Reader.ReadCommand(Encoding.UTF8.GetBytes(json));
}
