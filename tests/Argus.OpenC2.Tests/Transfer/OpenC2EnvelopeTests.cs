using System.Text;
using Argus.OpenC2.Language;
using Argus.OpenC2.Transfer;
using Argus.OpenC2.Validation;

namespace Argus.OpenC2.Tests.Transfer;

public sealed class OpenC2EnvelopeTests
{
    [Fact]
    public void ReadRequest_WrittenRequest_ReadsBackHeadersAndCommand()
    {
        var headers = new OpenC2MessageHeaders { RequestId = "r-1", Created = 1545257700000, From = "producer", To = ["consumer"] };
        var command = TestCommands.QueryFeatures(OpenC2Feature.Pairs);

        var read = OpenC2Envelope.ReadRequest(OpenC2Envelope.WriteRequest(headers, command));

        Assert.True(read.IsValid);
        Assert.Equal(headers with { To = read.Value.Headers.To }, read.Value.Headers);
        Assert.Equal(["consumer"], read.Value.Headers.To);
        Assert.Equal(OpenC2Action.Query, read.Value.Command.Action);
    }

    [Fact]
    public void ReadResponse_ToAsASingleString_ReadsItAsOneRecipient()
    {
        var json = """{"headers":{"request_id":"r","to":"producer"},"body":{"openc2":{"response":{"status":200}}}}""";

        var read = OpenC2Envelope.ReadResponse(Encoding.UTF8.GetBytes(json));

        Assert.True(read.IsValid);
        Assert.Equal(["producer"], read.Value.Headers.To);
    }

    [Fact]
    public void ReadRequest_BareCommand_ReportsTheMissingBody()
    {
        var read = OpenC2Envelope.ReadRequest("""{"action":"query","target":{"features":[]}}"""u8.ToArray());

        Assert.False(read.IsValid);
        Assert.Contains(read.Report.Issues, i => i.Path == "/body" && i.Code == OpenC2IssueCodes.Required);
    }

    [Fact]
    public void ReadRequest_InvalidCommandInside_ReportsPathsFromTheEnvelopeRoot()
    {
        var read = OpenC2Envelope.ReadRequest("""{"body":{"openc2":{"request":{"action":"fly","target":{"features":[]}}}}}"""u8.ToArray());

        Assert.Equal("/body/openc2/request/action", Assert.Single(read.Report.Issues).Path);
    }
}
