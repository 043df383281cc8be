using System.Text.Json.Nodes;
using Argus.Cacao.Validation;
using Argus.Cacao.Vocabularies;

namespace Argus.Cacao.Tests.Validation.Structure;

public sealed class DataMarkingDefinitionsRuleTests
{
    private const string StatementId = "marking-statement--6424867b-0440-4885-bd0b-604d51786d06";

    private static JsonObject WithMarking(string key, JsonObject marking)
    {
        var playbook = TestPlaybooks.Minimal();
        playbook["markings"] = new JsonArray(key);
        playbook["data_marking_definitions"] = new JsonObject { [key] = marking };
        return playbook;
    }

    private static JsonObject Tlp(string id, string level) => new()
    {
        ["type"] = "marking-tlp",
        ["id"] = id,
        ["created_by"] = StandardTlpMarkings.CreatedBy,
        ["created"] = StandardTlpMarkings.Created,
        ["tlpv2_level"] = level,
    };

    [Fact]
    public void Validate_StandardTlpGreen_ReportsNothing()
    {
        var playbook = WithMarking(StandardTlpMarkings.Green, Tlp(StandardTlpMarkings.Green, "TLP:GREEN"));

        playbook.Validate().AssertClean();
    }

    [Fact]
    public void Validate_TlpMarkingWithOwnId_WarnsNonstandard()
    {
        var id = "marking-tlp--0d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6";

        var report = WithMarking(id, Tlp(id, "TLP:RED")).Validate();

        report.AssertWarning(ValidationCodes.MarkingTlpNonstandard, $"/data_marking_definitions/{id}");
        Assert.True(report.IsValid);
    }

    [Fact]
    public void Validate_UnknownTlpLevel_ReportsEnumInvalid()
    {
        var playbook = WithMarking(StandardTlpMarkings.Green, Tlp(StandardTlpMarkings.Green, "TLP:WHITE"));

        playbook.Validate().AssertError(ValidationCodes.EnumInvalid, $"/data_marking_definitions/{StandardTlpMarkings.Green}/tlpv2_level");
    }

    [Fact]
    public void Validate_MarkingIdDiffersFromKey_ReportsIdMismatch()
    {
        var playbook = WithMarking(StandardTlpMarkings.Green, Tlp(StandardTlpMarkings.Red, "TLP:GREEN"));

        playbook.Validate().AssertError(ValidationCodes.MarkingIdMismatch, $"/data_marking_definitions/{StandardTlpMarkings.Green}/id");
    }

    [Theory]
    [InlineData("id")]
    [InlineData("created_by")]
    [InlineData("created")]
    [InlineData("statement")]
    public void Validate_StatementWithoutRequiredField_ReportsPropertyRequired(string missing)
    {
        var marking = new JsonObject
        {
            ["type"] = "marking-statement", ["id"] = StatementId, ["created_by"] = StandardTlpMarkings.CreatedBy,
            ["created"] = "2023-02-19T08:00:24.918Z", ["statement"] = "Copyright 2023 ACME",
        };
        marking.Remove(missing);

        WithMarking(StatementId, marking).Validate().AssertError(ValidationCodes.PropertyRequired, $"/data_marking_definitions/{StatementId}/{missing}");
    }

    [Fact]
    public void Validate_UnknownMarkingType_ReportsEnumInvalid()
    {
        var key = "marking-pap--0d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6";
        var marking = new JsonObject { ["type"] = "marking-pap", ["id"] = key, ["created_by"] = StandardTlpMarkings.CreatedBy, ["created"] = StandardTlpMarkings.Created };

        WithMarking(key, marking).Validate().AssertError(ValidationCodes.EnumInvalid, $"/data_marking_definitions/{key}/type");
    }

    [Fact]
    public void Validate_IepWithoutPolicyFields_ReportsEachMissingField()
    {
        var key = "marking-iep--0d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6";
        var marking = new JsonObject
        {
            ["type"] = "marking-iep", ["id"] = key, ["created_by"] = StandardTlpMarkings.CreatedBy, ["created"] = StandardTlpMarkings.Created,
            ["name"] = "IEP", ["description"] = "policy", ["tlp"] = "AMBER", ["iep_version"] = 2,
            ["start_date"] = "2024-01-01T00:00:00Z", ["end_date"] = null,
        };

        var report = WithMarking(key, marking).Validate();

        foreach (var field in new[] { "encrypt_in_transit", "permitted_actions", "affected_party_notifications", "attribution", "unmodified_resale" })
        {
            report.AssertError(ValidationCodes.PropertyRequired, $"/data_marking_definitions/{key}/{field}");
        }

        Assert.DoesNotContain(report.Issues, i => i.Path.EndsWith("/end_date", StringComparison.Ordinal) || i.Path.EndsWith("/external_references", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_MarkingCreatedWithMicroseconds_WarnsPrecision()
    {
        var marking = Tlp(StandardTlpMarkings.Green, "TLP:GREEN");
        marking["created"] = "2022-10-01T00:00:00.000000Z";

        WithMarking(StandardTlpMarkings.Green, marking).Validate()
            .AssertWarning(ValidationCodes.TimestampPrecision, $"/data_marking_definitions/{StandardTlpMarkings.Green}/created");
    }
}
