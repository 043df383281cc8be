using System.Text;
using Argus.Cacao.Model.Commands;
using Argus.Execution.Capabilities.OpenC2;
using Argus.OpenC2.Language;

namespace Argus.Execution.Tests.Capabilities.OpenC2;

public sealed class OpenC2CommandContentTests
{
    [Fact]
    public void Read_ProfileAsString_IsReadAsTheActuator()
    {
        var command = OpenC2Steps.Command("""{"action":"deny","target":{"ipv4_net":"198.51.100.40"},"profile":"slpf"}""");

        var read = Assert.IsType<OpenC2ContentRead.Valid>(OpenC2CommandContent.Read(command));

        Assert.Equal("slpf", read.Command.Actuator?.Profile);
    }

    [Fact]
    public void RecordText_OpenC2Command_IsTheCommandAsSentWithTheActuatorMember()
    {
        var command = OpenC2Steps.Command("""{ "action" : "deny", "target": {"ipv4_net": "198.51.100.41"}, "profile": "slpf" }""");

        var text = OpenC2CommandContent.RecordText(command);

        Assert.Equal("""{"action":"deny","target":{"ipv4_net":"198.51.100.41"},"actuator":{"slpf":{}}}""", text);
    }

    [Fact]
    public void RecordText_InvalidContentOrOtherCommandType_Null()
    {
        var invalid = OpenC2Steps.Command("""{"action":"deny"}""");
        var other = new CommandData { Type = "http-api", Command = "POST / HTTP/1.1", ContentBase64 = Convert.ToBase64String(Encoding.UTF8.GetBytes(OpenC2Steps.DenyIp("198.51.100.42"))) };

        Assert.Null(OpenC2CommandContent.RecordText(invalid));
        Assert.Null(OpenC2CommandContent.RecordText(other));
    }

    [Fact]
    public void Read_NoContent_InvalidNamingContentB64()
    {
        var command = new CommandData { Type = "openc2-http", Command = OpenC2Steps.StartLine };

        var read = Assert.IsType<OpenC2ContentRead.Invalid>(OpenC2CommandContent.Read(command));

        Assert.Contains("content_b64", read.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"action":"deny","target":{"ipv4_net":"198.51.100.43"},"\ud800":1}""")]
    [InlineData("""{"action":"deny","target":{"ipv4_net":"198.51.100.43\udc00"}}""")]
    [InlineData("""{"headers":{"request_id":"\ud800"},"body":{"openc2":{"request":{"action":"deny","target":{"ipv4_net":"198.51.100.43"}}}}}""")]
    public void Read_TextEscapingALoneSurrogate_InvalidWithoutThrowing(string json)
    {
        var read = OpenC2CommandContent.Read(OpenC2Steps.Command(json));

        Assert.Contains("Unicode", Assert.IsType<OpenC2ContentRead.Invalid>(read).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TooDeepJson_InvalidWithoutThrowing()
    {
        var deep = string.Concat(Enumerable.Repeat("[", 200)) + string.Concat(Enumerable.Repeat("]", 200));

        var read = OpenC2CommandContent.Read(OpenC2Steps.Command(deep));

        Assert.Contains("not JSON", Assert.IsType<OpenC2ContentRead.Invalid>(read).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Envelope_TakesTheRequest()
    {
        var envelope = """{"headers":{"request_id":"r-1"},"body":{"openc2":{"request":""" + OpenC2Steps.DenyIp("198.51.100.43") + "}}}";

        var read = Assert.IsType<OpenC2ContentRead.Valid>(OpenC2CommandContent.Read(OpenC2Steps.Command(envelope)));

        Assert.Equal(OpenC2Action.Deny, read.Command.Action);
        Assert.True(read.WasEnvelope);
    }
}
