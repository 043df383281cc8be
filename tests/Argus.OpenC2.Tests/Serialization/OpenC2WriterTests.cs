using System.Collections.Immutable;
using System.Text.Json;
using Argus.OpenC2.Language;
using Argus.OpenC2.Serialization;
using Argus.OpenC2.Tests.Validation;
using Argus.OpenC2.Validation;

namespace Argus.OpenC2.Tests.Serialization;

public sealed class OpenC2WriterTests
{
    public static TheoryData<string> GoodVectors() =>
        new(PlugfestVectors.RelativePaths().Where(p => p.Contains("/good/", StringComparison.Ordinal) || p.StartsWith('(')));

    [Theory]
    [MemberData(nameof(GoodVectors))]
    public void ToUtf8Bytes_GoodVectorReadBack_EqualsTheOriginalJson(string relativePath)
    {
        var vector = PlugfestVectors.Describe(relativePath);
        var original = File.ReadAllBytes(vector.FullPath);

        var written = vector.IsCommand
            ? OpenC2Writer.ToUtf8Bytes(OpenC2Reader.ReadCommand(original, vector.Options).Value!)
            : OpenC2Writer.ToUtf8Bytes(OpenC2Reader.ReadResponse(original, vector.Options).Value!);

        using var expected = JsonDocument.Parse(original);
        using var actual = JsonDocument.Parse(written);
        Assert.True(JsonElement.DeepEquals(expected.RootElement, actual.RootElement),
            $"{relativePath} wrote {System.Text.Encoding.UTF8.GetString(written)}");
    }

    [Fact]
    public void ToUtf8Bytes_UpperCaseHash_KeepsTheCallersCase()
    {
        var command = new OpenC2Command(OpenC2Action.Deny,
            new OpenC2Target.File(new OpenC2File { Hashes = new OpenC2Hashes { Md5 = "0313FD399B143FC40CD52A1679018305" } }));

        var json = System.Text.Encoding.UTF8.GetString(OpenC2Writer.ToUtf8Bytes(command));

        Assert.Equal("""{"action":"deny","target":{"file":{"hashes":{"md5":"0313FD399B143FC40CD52A1679018305"}}}}""", json);
    }

    [Fact]
    public void ToUtf8Bytes_EmptyArgs_OmitsArgsSoTheCommandStaysValid()
    {
        var command = new OpenC2Command(OpenC2Action.Query, new OpenC2Target.Features([])) { Args = new OpenC2Args() };

        var json = System.Text.Encoding.UTF8.GetString(OpenC2Writer.ToUtf8Bytes(command));

        Assert.Equal("""{"action":"query","target":{"features":[]}}""", json);
        Assert.True(new OpenC2Validator().Validate(command).IsValid);
    }

    [Fact]
    public void ToUtf8Bytes_SlpfDenyWithProfileArgsAndActuator_ReadsBackEqual()
    {
        var command = new OpenC2Command(OpenC2Action.Deny, new OpenC2Target.Ipv4Connection(new OpenC2Connection
        {
            SrcAddr = "10.0.0.0/8",
            DstPort = 443,
            Protocol = OpenC2L4Protocol.Tcp,
        }))
        {
            Args = new OpenC2Args
            {
                ResponseRequested = OpenC2ResponseRequested.Complete,
                Duration = 60_000,
                Profiles = ImmutableDictionary<string, JsonElement>.Empty.Add("slpf", OpenC2Json.Parse("""{"direction":"ingress"}""")),
            },
            Actuator = new OpenC2Actuator("slpf", OpenC2Json.Parse("""{"asset_id":"fw-1"}""")),
            CommandId = "cmd-1",
        };

        var read = OpenC2Reader.ReadCommand(OpenC2Writer.ToUtf8Bytes(command));

        Assert.True(read.IsValid);
        Assert.Equal(command.Target, read.Value.Target);
        Assert.Equal(command.Args.Duration, read.Value.Args!.Duration);
        Assert.Equal("ingress", read.Value.Args.Profiles["slpf"].GetProperty("direction").GetString());
        Assert.Equal("fw-1", read.Value.Actuator!.Specifiers.GetProperty("asset_id").GetString());
        Assert.Equal("cmd-1", read.Value.CommandId);
    }
}
