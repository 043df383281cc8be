using System.Text.Json.Nodes;
using Argus.Cacao.Validation;

namespace Argus.Cacao.Tests.Validation.Structure;

public sealed class PlaybookRuleTests
{
    [Fact]
    public void Validate_MinimalPlaybook_ReportsNothing()
    {
        var report = TestPlaybooks.Minimal().Validate();

        report.AssertClean();
    }

    [Theory]
    [InlineData("type")]
    [InlineData("spec_version")]
    [InlineData("id")]
    [InlineData("name")]
    [InlineData("created_by")]
    [InlineData("created")]
    [InlineData("modified")]
    [InlineData("workflow_start")]
    [InlineData("workflow")]
    public void Validate_RequiredPropertyMissing_ReportsPropertyRequiredWhereItBelongs(string property)
    {
        var playbook = TestPlaybooks.Minimal();
        playbook.Remove(property);

        var report = playbook.Validate();

        report.AssertError(ValidationCodes.PropertyRequired, "/" + property);
    }

    [Fact]
    public void Validate_WorkflowIsAList_ReportsOneTypeMismatchAtWorkflow()
    {
        var playbook = TestPlaybooks.Minimal();
        playbook["workflow"] = new JsonArray(new JsonObject { ["type"] = "start" });

        var report = playbook.Validate();

        report.AssertError(ValidationCodes.TypeMismatch, "/workflow");
        Assert.Single(report.Errors, e => e.Path.StartsWith("/workflow", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("priority", 101)]
    [InlineData("severity", -1)]
    [InlineData("impact", 1000)]
    public void Validate_PercentageOutOfRange_ReportsNumberRange(string property, int value)
    {
        var playbook = TestPlaybooks.Minimal();
        playbook[property] = value;

        var report = playbook.Validate();

        report.AssertError(ValidationCodes.NumberRange, "/" + property);
    }

    [Theory]
    [InlineData("1e308")]
    [InlineData("-1e400")]
    public void Validate_PriorityBeyondDecimalRange_ReportsNumberRange(string json)
    {
        var playbook = TestPlaybooks.Minimal();
        playbook["priority"] = JsonNode.Parse(json);

        playbook.Validate().AssertError(ValidationCodes.NumberRange, "/priority");
    }

    [Fact]
    public void Validate_PriorityIsFractional_ReportsNumberRange()
    {
        var playbook = TestPlaybooks.Minimal();
        playbook["priority"] = 2.5;

        playbook.Validate().AssertError(ValidationCodes.NumberRange, "/priority");
    }

    [Theory]
    [InlineData("type", "playbook-template")]
    [InlineData("spec_version", "cacao-1.0")]
    public void Validate_ConstantDiffers_ReportsEnumInvalid(string property, string value)
    {
        var playbook = TestPlaybooks.Minimal();
        playbook[property] = value;

        playbook.Validate().AssertError(ValidationCodes.EnumInvalid, "/" + property);
    }

    [Fact]
    public void Validate_ModifiedBeforeCreated_ReportsTimestampOrder()
    {
        var playbook = TestPlaybooks.Minimal();
        playbook["modified"] = "2023-01-02T03:04:05.006Z";

        playbook.Validate().AssertError(ValidationCodes.TimestampOrder, "/modified");
    }

    [Fact]
    public void Validate_ValidUntilNotAfterValidFrom_ReportsTimestampOrder()
    {
        var playbook = TestPlaybooks.Minimal();
        playbook["valid_from"] = "2024-05-01T00:00:00Z";
        playbook["valid_until"] = "2024-05-01T00:00:00Z";

        playbook.Validate().AssertError(ValidationCodes.TimestampOrder, "/valid_until");
    }

    [Fact]
    public void Validate_ValidityWindowInvertedButRevoked_IgnoresWindow()
    {
        var playbook = TestPlaybooks.Minimal();
        playbook["revoked"] = true;
        playbook["valid_from"] = "2024-05-02T00:00:00Z";
        playbook["valid_until"] = "2024-05-01T00:00:00Z";

        playbook.Validate().AssertClean();
    }

    [Theory]
    [InlineData("2024-02-31T00:00:00.000Z")]
    [InlineData("2024-01-02 03:04:05.006Z")]
    [InlineData("2024-01-02T03:04:05.006+01:00")]
    public void Validate_CreatedMalformed_ReportsTimestampMalformed(string created)
    {
        var playbook = TestPlaybooks.Minimal();
        playbook["created"] = created;

        playbook.Validate().AssertError(ValidationCodes.TimestampMalformed, "/created");
    }

    [Theory]
    [InlineData("2024-01-02T03:04:05Z")]
    [InlineData("2024-01-02T03:04:05.006123Z")]
    public void Validate_ModifiedWithoutMilliseconds_WarnsTimestampPrecision(string modified)
    {
        var playbook = TestPlaybooks.Minimal();
        playbook["created"] = "2024-01-02T03:04:05Z";
        playbook["modified"] = modified;

        var report = playbook.Validate();

        report.AssertWarning(ValidationCodes.TimestampPrecision, "/modified");
        Assert.True(report.IsValid);
    }

    [Fact]
    public void Validate_CreatedByNotIdentity_WarnsPrefixMismatch()
    {
        var playbook = TestPlaybooks.Minimal();
        playbook["created_by"] = "organization--7a8b9cad-becf-4a7b-9c8d-9eafb0c1d2e7";

        playbook.Validate().AssertWarning(ValidationCodes.IdentifierPrefixMismatch, "/created_by");
    }

    [Fact]
    public void Validate_PlaybookIdIsUuidV5_ReportsNothing()
    {
        var playbook = TestPlaybooks.Minimal();
        playbook["id"] = "playbook--c59f3ff7-2f24-5bd4-a0ed-2fd36ec04b06";

        playbook.Validate().AssertClean();
    }

    [Fact]
    public void Validate_PlaybookTypesWithoutActivities_WarnsActivitiesMissing()
    {
        var playbook = TestPlaybooks.Minimal();
        playbook["playbook_types"] = new JsonArray("notification");

        playbook.Validate().AssertWarning(ValidationCodes.PlaybookActivitiesMissing, "/playbook_activities");
    }

    [Fact]
    public void Validate_UnknownPlaybookTypeAndSector_WarnsVocabularyUnknown()
    {
        var playbook = TestPlaybooks.Minimal();
        playbook["playbook_types"] = new JsonArray("incident-response");
        playbook["industry_sectors"] = new JsonArray("space-tourism");

        var report = playbook.Validate();

        report.AssertWarning(ValidationCodes.VocabularyUnknown, "/playbook_types/0");
        report.AssertWarning(ValidationCodes.VocabularyUnknown, "/industry_sectors/0");
        Assert.True(report.IsValid);
    }

    [Theory]
    [InlineData("labels")]
    [InlineData("markings")]
    [InlineData("derived_from")]
    [InlineData("external_references")]
    [InlineData("playbook_activities")]
    public void Validate_EmptyList_ReportsCollectionTooSmall(string property)
    {
        var playbook = TestPlaybooks.Minimal();
        playbook[property] = new JsonArray();

        playbook.Validate().AssertError(ValidationCodes.CollectionTooSmall, "/" + property);
    }

    [Fact]
    public void Validate_EmptyAgentDefinitions_ReportsCollectionTooSmall()
    {
        var playbook = TestPlaybooks.Minimal();
        playbook["agent_definitions"] = new JsonObject();

        playbook.Validate().AssertError(ValidationCodes.CollectionTooSmall, "/agent_definitions");
    }

    [Fact]
    public void Validate_UnknownTopLevelProperty_WarnsPropertyUnknown()
    {
        var playbook = TestPlaybooks.Minimal();
        playbook["playbook_extension"] = new JsonObject();

        var report = playbook.Validate();

        report.AssertWarning(ValidationCodes.PropertyUnknown, "/playbook_extension");
        Assert.True(report.IsValid);
    }

    [Fact]
    public void Validate_ProcessingSummaryFlagIsString_ReportsTypeMismatch()
    {
        var playbook = TestPlaybooks.Minimal();
        playbook["playbook_processing_summary"] = new JsonObject { ["if_logic"] = "yes" };

        playbook.Validate().AssertError(ValidationCodes.TypeMismatch, "/playbook_processing_summary/if_logic");
    }

    [Fact]
    public void Validate_ExternalReferenceWithOnlyName_WarnsIncomplete()
    {
        var playbook = TestPlaybooks.Minimal();
        playbook["external_references"] = new JsonArray(new JsonObject { ["name"] = "A report" });

        playbook.Validate().AssertWarning(ValidationCodes.ExternalReferenceIncomplete, "/external_references/0");
    }
}
