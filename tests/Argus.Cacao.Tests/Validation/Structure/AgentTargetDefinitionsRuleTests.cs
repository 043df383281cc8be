using System.Text.Json.Nodes;
using Argus.Cacao.Validation;

namespace Argus.Cacao.Tests.Validation.Structure;

public sealed class AgentTargetDefinitionsRuleTests
{
    private static readonly string TargetPath = $"/target_definitions/{TestPlaybooks.TargetId}";

    [Fact]
    public void Validate_TargetWithoutName_ReportsPropertyRequired()
    {
        var playbook = TestPlaybooks.Minimal();
        playbook.Target().Remove("name");

        playbook.Validate().AssertError(ValidationCodes.PropertyRequired, $"{TargetPath}/name");
    }

    [Theory]
    [InlineData("security-category", "category")]
    [InlineData("sector", "sector")]
    [InlineData("http-api", "address")]
    [InlineData("linux", "address")]
    [InlineData("ssh", "address")]
    [InlineData("net-address", "address")]
    public void Validate_TypeWithoutItsRequiredProperty_ReportsPropertyRequired(string type, string property)
    {
        var playbook = TestPlaybooks.Minimal();
        var key = $"{type}--9cadbecf-d0e1-4c9d-8eaf-b0c1d2e3f4a9";
        playbook["target_definitions"]![key] = new JsonObject { ["type"] = type, ["name"] = "t" };

        playbook.Validate().AssertError(ValidationCodes.PropertyRequired, $"/target_definitions/{key}/{property}");
    }

    [Fact]
    public void Validate_CustomAgentType_WarnsVocabularyUnknownAndChecksCommonProperties()
    {
        var playbook = TestPlaybooks.Minimal();
        var key = "soarca--9cadbecf-d0e1-4c9d-8eaf-b0c1d2e3f4a9";
        playbook["agent_definitions"]![key] = new JsonObject { ["type"] = "soarca", ["anything"] = true };

        var report = playbook.Validate();

        report.AssertWarning(ValidationCodes.VocabularyUnknown, $"/agent_definitions/{key}/type");
        report.AssertError(ValidationCodes.PropertyRequired, $"/agent_definitions/{key}/name");
        Assert.DoesNotContain(report.Issues, i => i.Path.EndsWith("/anything", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_KeyPrefixDiffersFromType_WarnsPrefixMismatch()
    {
        var playbook = TestPlaybooks.Minimal();
        var key = "linux--9cadbecf-d0e1-4c9d-8eaf-b0c1d2e3f4a9";
        playbook["target_definitions"]![key] = new JsonObject
        {
            ["type"] = "http-api", ["name"] = "api", ["address"] = new JsonObject { ["url"] = new JsonArray("https://192.0.2.1/") },
        };

        var report = playbook.Validate();

        report.AssertWarning(ValidationCodes.IdentifierPrefixMismatch, $"/target_definitions/{key}");
        Assert.True(report.IsValid);
    }

    [Fact]
    public void Validate_KeyWithoutDoubleHyphen_ReportsIdentifierMalformed()
    {
        var playbook = TestPlaybooks.Minimal();
        var key = "soarca-fin-pong-f896bb3b-bb37-429e-8ece-2d4286cf326d";
        playbook["agent_definitions"]![key] = new JsonObject { ["type"] = "soarca-fin", ["name"] = key };

        playbook.Validate().AssertError(ValidationCodes.IdentifierMalformed, $"/agent_definitions/{key}");
    }

    [Fact]
    public void Validate_UnknownAddressKey_ReportsAddressType()
    {
        var playbook = TestPlaybooks.Minimal();
        playbook.Target()["address"] = new JsonObject { ["hostname"] = new JsonArray("web01") };

        playbook.Validate().AssertError(ValidationCodes.AddressType, $"{TargetPath}/address/hostname");
    }

    [Theory]
    [InlineData("ipv4", "300.1.2.3")]
    [InlineData("ipv4", "x 1.2.3.4")]
    [InlineData("ipv6", "2001:db8::zz")]
    [InlineData("l2mac", "bc:d0:74:7a:3a")]
    [InlineData("url", "httpbin.org")]
    [InlineData("vlan", "5000")]
    public void Validate_MalformedAddress_ReportsAddressFormat(string kind, string value)
    {
        var playbook = TestPlaybooks.Minimal();
        playbook.Target()["address"] = new JsonObject { [kind] = new JsonArray(value) };

        playbook.Validate().AssertError(ValidationCodes.AddressFormat, $"{TargetPath}/address/{kind}/0");
    }

    [Theory]
    [InlineData("ipv4", "__target_ip__:value")]
    [InlineData("ipv6", "2001:db8::1")]
    [InlineData("l2mac", "bc:d0:74:7a:3a:31")]
    [InlineData("url", "https://localhost:8443/api")]
    [InlineData("vlan", "100")]
    [InlineData("dname", "example.org")]
    public void Validate_WellFormedOrVariableAddress_ReportsNothing(string kind, string value)
    {
        var playbook = TestPlaybooks.Minimal();
        playbook.Target()["address"] = new JsonObject { [kind] = new JsonArray(value) };

        playbook.Validate().AssertClean();
    }

    [Fact]
    public void Validate_VlanAsNumber_ReportsTypeMismatch()
    {
        var playbook = TestPlaybooks.Minimal();
        playbook.Target()["address"] = new JsonObject { ["vlan"] = new JsonArray(100) };

        playbook.Validate().AssertError(ValidationCodes.TypeMismatch, $"{TargetPath}/address/vlan/0");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("70000")]
    [InlineData("ssh")]
    public void Validate_BadPort_ReportsPortInvalid(string port)
    {
        var playbook = TestPlaybooks.Minimal();
        playbook.Target()["port"] = port;

        playbook.Validate().AssertError(ValidationCodes.PortInvalid, $"{TargetPath}/port");
    }

    [Fact]
    public void Validate_UnknownSecurityCategory_WarnsVocabularyUnknown()
    {
        var playbook = TestPlaybooks.Minimal();
        playbook.Target()["category"] = new JsonArray("filesystem");

        playbook.Validate().AssertWarning(ValidationCodes.VocabularyUnknown, $"{TargetPath}/category/0");
    }

    [Fact]
    public void Validate_ContactEmailNotString_ReportsTypeMismatch()
    {
        var playbook = TestPlaybooks.Minimal();
        var agent = (JsonObject)playbook["agent_definitions"]![TestPlaybooks.AgentId]!;
        agent["contact"] = new JsonObject { ["email"] = new JsonObject { ["work"] = 42 } };

        playbook.Validate().AssertError(ValidationCodes.TypeMismatch, $"/agent_definitions/{TestPlaybooks.AgentId}/contact/email/work");
    }
}
