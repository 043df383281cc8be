using System.Collections.Immutable;
using Argus.Cacao.Model;
using Argus.Cacao.Model.AgentTargets;
using Argus.Execution.Capabilities.OpenC2;
using Argus.OpenC2.Language;
using Argus.OpenC2.Transfer;

namespace Argus.Execution.Tests.Capabilities.OpenC2;

public sealed class ActuatorMatchTests
{
    private static readonly OpenC2Command Deny = new(OpenC2Action.Deny, new OpenC2Target.Ipv4Net("198.51.100.1"));

    private static ConfiguredActuator Actuator(string name, string baseUri, params string[] profiles) =>
        new(name, new OpenC2Endpoint(new Uri(baseUri)), ActuatorEnvironment.Sandbox, [.. profiles]);

    private static AgentTarget Target(string kind, string value, string? port = null, string name = "target") => new()
    {
        Type = "http-api",
        Name = name,
        Port = port,
        Address = new OrderedMap<ImmutableArray<string>>([KeyValuePair.Create(kind, ImmutableArray.Create(value))]),
    };

    private static ActuatorChoice Choose(AgentTarget target, OpenC2Command? command = null, params ConfiguredActuator[] actuators) =>
        ActuatorMatch.Choose([.. actuators], "target", "http-api--1", target, command ?? Deny, "org-a");

    [Theory]
    [InlineData("url", "https://127.0.0.1:8443/.well-known/openc2", null)]
    [InlineData("url", "HTTPS://127.0.0.1:8443", null)]
    [InlineData("ipv4", "127.0.0.1", null)]
    [InlineData("ipv4", "127.0.0.1/32", "8443")]
    [InlineData("dname", "fw.example", null)]
    [InlineData("dname", "FW.example.", "8443")]
    public void Choose_AddressOfTheActuator_ChoosesIt(string kind, string value, string? port)
    {
        var byIp = Actuator("by-ip", "https://127.0.0.1:8443");
        var byName = Actuator("by-name", "https://fw.example:8443");

        var choice = Choose(Target(kind, value, port), null, byIp, byName);

        var chosen = Assert.IsType<ActuatorChoice.Chosen>(choice).Actuator;
        Assert.Equal(kind == "dname" ? byName : byIp, chosen);
    }

    [Theory]
    [InlineData("url", "https://127.0.0.1:9443/.well-known/openc2", null)]
    [InlineData("url", "http://127.0.0.1:8443/", null)]
    [InlineData("url", "https://127.0.0.2:8443/", null)]
    [InlineData("ipv4", "127.0.0.1", "443")]
    [InlineData("ipv4", "127.0.0.0/8", null)]
    [InlineData("dname", "localhost", null)]
    [InlineData("l2mac", "00:11:22:33:44:55", null)]
    public void Choose_OtherAddress_RefusedNamingTheOrganisation(string kind, string value, string? port)
    {
        var choice = Choose(Target(kind, value, port), null, Actuator("fw", "https://127.0.0.1:8443"));

        var reason = Assert.IsType<ActuatorChoice.Refused>(choice).Reason;
        Assert.Contains("is not a configured OpenC2 actuator of organisation org-a", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Choose_TargetNamedLikeAnActuator_ChoosesIt()
    {
        var fw = Actuator("edge-fw", "https://127.0.0.1:8443");
        var target = new AgentTarget { Type = "http-api", Name = "edge-fw" };

        Assert.Equal(fw, Assert.IsType<ActuatorChoice.Chosen>(Choose(target, null, fw)).Actuator);
    }

    [Fact]
    public void Choose_HostWithoutPortMatchingTwoActuators_RefusedAsAmbiguous()
    {
        var choice = Choose(Target("ipv4", "127.0.0.1"), null,
            Actuator("a", "https://127.0.0.1:8443"), Actuator("b", "https://127.0.0.1:9443"));

        Assert.Contains("several", Assert.IsType<ActuatorChoice.Refused>(choice).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Choose_CommandNamesAProfile_KeepsTheActuatorImplementingIt()
    {
        var slpf = Actuator("slpf", "https://127.0.0.1:8443", "slpf");
        var edr = Actuator("edr", "https://127.0.0.1:9443", "x-edr");
        var command = Deny with { Actuator = OpenC2Actuator.Any("x-edr") };

        var choice = Choose(Target("ipv4", "127.0.0.1"), command, slpf, edr);

        Assert.Equal(edr, Assert.IsType<ActuatorChoice.Chosen>(choice).Actuator);
    }

    [Fact]
    public void Choose_NoAddressee_Refused()
    {
        var choice = ActuatorMatch.Choose([Actuator("fw", "https://127.0.0.1:8443")], "target", null, null, Deny, "org-a");

        Assert.IsType<ActuatorChoice.Refused>(choice);
    }
}
