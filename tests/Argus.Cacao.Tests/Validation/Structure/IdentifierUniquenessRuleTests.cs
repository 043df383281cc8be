using System.Text.Json.Nodes;
using Argus.Cacao.Validation;

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
}
