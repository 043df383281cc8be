using Argus.Cli.Running;
using Argus.Execution.Capabilities.OpenC2;
using Argus.OpenC2.Transfer;

namespace Argus.Cli.Tests.Running;

public sealed class ActuatorFileTests
{
    private static Task<ActuatorFileRead> ReadAsync(TempFolder folder, string json, Func<string, string?>? environment = null) =>
        ActuatorFile.ReadAsync(folder.Write("actuators.json", json), environment ?? (_ => null), TestContext.Current.CancellationToken);

    [Fact]
    public async Task ReadAsync_PinnedActuatorWithTokenFromEnvironment_Loaded()
    {
        using var folder = new TempFolder();
        var json = """
            {"actuators":[{"name":"fw","url":"https://127.0.0.1:8443/ignored/path","environment":"production","profiles":["slpf"],
              "trust":{"sha256":"AB12"},"bearer_token_env":"FW_TOKEN","transfer":"1.0","path":"/oc2","timeout_seconds":5}]}
            """;

        var read = await ReadAsync(folder, json, name => name == "FW_TOKEN" ? "tok-file-1" : null);

        var actuator = Assert.Single(Assert.IsType<ActuatorFileRead.Loaded>(read).Actuators);
        Assert.Equal("fw", actuator.Name);
        Assert.Equal(ActuatorEnvironment.Production, actuator.Environment);
        Assert.Equal(new Uri("https://127.0.0.1:8443"), actuator.Endpoint.BaseUri);
        Assert.Equal(new Uri("https://127.0.0.1:8443/oc2"), actuator.Endpoint.RequestUri);
        Assert.Equal(OpenC2TransferVersion.V1_0, actuator.Endpoint.Transfer);
        Assert.Equal("AB12", actuator.Endpoint.PinnedServerCertificateSha256);
        Assert.Equal(new OpenC2Authentication.Bearer("tok-file-1"), actuator.Endpoint.Authentication);
        Assert.Equal(TimeSpan.FromSeconds(5), actuator.Endpoint.Timeout);
        Assert.Equal(["slpf"], actuator.Profiles);
    }

    [Theory]
    [InlineData("""{"actuators":[{"name":"fw","url":"https://127.0.0.1:8443"}]}""", "environment")]
    [InlineData("""{"actuators":[{"name":"fw","url":"http://127.0.0.1:8080","environment":"sandbox"}]}""", "https")]
    [InlineData("""{"actuators":[{"url":"https://127.0.0.1:8443","environment":"sandbox"}]}""", "name")]
    [InlineData("""{"actuators":[{"name":"fw","url":"https://127.0.0.1:8443","environment":"sandbox","bearer_token_env":"UNSET_TOKEN"}]}""", "UNSET_TOKEN")]
    [InlineData("""{"actuators":[{"name":"fw","url":"https://127.0.0.1:8443","environment":"sandbox","trust":{"certificate_file":"missing.pem"}}]}""", "missing.pem")]
    [InlineData("""{"actuators":[{"name":"a","url":"https://127.0.0.1:1","environment":"sandbox"},{"name":"a","url":"https://127.0.0.1:2","environment":"sandbox"}]}""", "same name")]
    [InlineData("""{"list":[]}""", "actuators")]
    [InlineData("""not json""", "not JSON")]
    public async Task ReadAsync_BadFile_RejectedNamingTheProblem(string json, string named)
    {
        using var folder = new TempFolder();

        var read = await ReadAsync(folder, json);

        Assert.Contains(named, Assert.IsType<ActuatorFileRead.Rejected>(read).Reason, StringComparison.Ordinal);
    }
}
