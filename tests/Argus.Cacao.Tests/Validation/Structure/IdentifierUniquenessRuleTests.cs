using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using Argus.Cacao.Validation;
using Argus.Cacao.Validation.Rules.Structure;

namespace Argus.Cacao.Tests.Validation.Structure;

public sealed class IdentifierUniquenessRuleTests
{
    [Fact]
    public void Validate_TargetReusesStepUuid_ReportsDuplicateUuid()
    {
        var playbook = TestPlaybooks.Minimal();
        var uuid = TestPlaybooks.ActionId["action--".Length..];
        var key = "security-category--" + uuid;
        playbook["target_definitions"]![key] = new JsonObject { ["type"] = "security-category", ["name"] = "s", ["category"] = new JsonArray("server") };

        playbook.Validate().AssertError(ValidationCodes.IdentifierDuplicateUuid, "/target_definitions/" + key);
    }

    [Fact]
    public void Validate_SameObjectAsAgentAndTarget_ReportsNothing()
    {
        var playbook = TestPlaybooks.Minimal();
        playbook["target_definitions"]![TestPlaybooks.AgentId] = new JsonObject { ["type"] = "individual", ["name"] = "On-call analyst" };

        playbook.Validate().AssertClean();
    }

    [Fact]
    public void Validate_StepReusesPlaybookUuid_ReportsDuplicateUuid()
    {
        var playbook = TestPlaybooks.Minimal();
        var uuid = playbook["id"]!.GetValue<string>()["playbook--".Length..];
        playbook["workflow"]!["end--" + uuid] = new JsonObject { ["type"] = "end" };

        playbook.Validate().AssertError(ValidationCodes.IdentifierDuplicateUuid, "/workflow/end--" + uuid);
    }

    [Fact]
    public void Validate_EscapedKeyRepeatsAnotherKeysUuid_ReportsDuplicateUuid()
    {
        var playbook = TestPlaybooks.Minimal();
        var uuid = TestPlaybooks.ActionId["action--".Length..];
        var json = playbook.ToJsonString().Replace("\"target_definitions\":{", $"\"target_definitions\":{{\"security-c\\u0061tegory--{uuid}\":{{\"type\":\"security-category\",\"name\":\"s\",\"category\":[\"server\"]}},", StringComparison.Ordinal);

        var report = new PlaybookValidator().Validate(json);

        Assert.Contains(report.Errors, i => i.Code == ValidationCodes.IdentifierDuplicateUuid && i.Path == "/target_definitions/security-category--" + uuid);
    }

    [Fact]
    public void Check_RunWithoutTheDictionaryStructureRules_StillReadsTheDictionariesKeys()
    {
        var playbook = TestPlaybooks.Minimal();
        var uuid = TestPlaybooks.ActionId["action--".Length..];
        playbook["target_definitions"]!["security-category--" + uuid] = new JsonObject { ["type"] = "security-category", ["name"] = "s" };
        using var document = JsonDocument.Parse(playbook.ToJsonString());
        var issues = ImmutableArray.CreateBuilder<ValidationIssue>();

        new IdentifierUniquenessRule().Check(new ValidationContext(document.RootElement, ValidationOptions.Default, issues, repeatsMemberNames: false));

        var issue = Assert.Single(issues);
        Assert.Equal(ValidationCodes.IdentifierDuplicateUuid, issue.Code);
        Assert.Equal("/target_definitions/security-category--" + uuid, issue.Path);
    }
}
