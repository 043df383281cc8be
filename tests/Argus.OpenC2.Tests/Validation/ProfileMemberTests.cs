using System.Text;
using Argus.OpenC2.Serialization;
using Argus.OpenC2.Transfer;
using Argus.OpenC2.Validation;
using Argus.Testing;

namespace Argus.OpenC2.Tests.Validation;

/// <summary>The <c>profile</c> member some consumers and the CACAO-ext example use instead of <c>actuator</c> (notes §0.5).</summary>
public sealed class ProfileMemberTests
{
    private static readonly OpenC2ValidationOptions WithProfile = OpenC2ValidationOptions.Default with { AcceptProfileMember = true };

    [Fact]
    public void ReadCommand_ProfileMemberByDefault_ReportsUnknownMember()
    {
        var result = Read("""{"action":"query","target":{"features":[]},"profile":{"slpf":{}}}""", OpenC2ValidationOptions.Default);

        Assert.Equal(("/profile", OpenC2IssueCodes.UnknownMember), (Assert.Single(result.Report.Issues).Path, result.Report.Issues[0].Code));
    }

    [Fact]
    public void ReadCommand_ProfileObjectWhenAccepted_BecomesTheActuator()
    {
        var result = Read("""{"action":"query","target":{"features":[]},"profile":{"slpf":{"asset_id":"fw"}}}""", WithProfile);

        Assert.True(result.IsValid);
        Assert.Equal("slpf", result.Value.Actuator!.Profile);
        Assert.Equal("fw", result.Value.Actuator.Specifiers.GetProperty("asset_id").GetString());
    }

    [Fact]
    public void ReadCommand_ActuatorAndProfileTogether_ReportsChoice()
    {
        var result = Read("""{"action":"query","target":{"features":[]},"actuator":{"slpf":{}},"profile":"slpf"}""", WithProfile);

        Assert.Equal(OpenC2IssueCodes.Choice, Assert.Single(result.Report.Issues).Code);
    }

    [Fact]
    public void ReadRequest_CacaoExtensionExampleWhenAccepted_ReadsTheSlpfDeny()
    {
        var path = RepositoryPaths.RequireShared("openc2", "vectors", "spec-examples", "openc2-cacao-ext-v1.0-csd01_3.1_command_b64_decoded.json");

        var result = OpenC2Envelope.ReadRequest(File.ReadAllBytes(path), WithProfile);

        Assert.True(result.IsValid, string.Join("; ", result.Report.Issues));
        Assert.Equal("d1ac0489-ed51-4345-9175-f3078f30afe5", result.Value.Headers.RequestId);
        Assert.Equal("slpf", result.Value.Command.Actuator!.Profile);
    }

    [Fact]
    public void ToUtf8Bytes_ProfileMember_WritesProfileInsteadOfActuator()
    {
        var command = Transfer.TestCommands.DenyIpv4("10.9.8.0/24");

        var json = Encoding.UTF8.GetString(OpenC2Writer.ToUtf8Bytes(command, Language.OpenC2ActuatorMember.Profile));

        Assert.Contains("\"profile\":{\"slpf\":{}}", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"actuator\"", json, StringComparison.Ordinal);
    }

    private static OpenC2ReadResult<Language.OpenC2Command> Read(string json, OpenC2ValidationOptions options) =>
        OpenC2Reader.ReadCommand(Encoding.UTF8.GetBytes(json), options);
}
