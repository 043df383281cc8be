using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Argus.Cacao.Json.Tape;
using Argus.Cacao.Tests.Json;
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
    public void Validate_TwoUuidsEachRepeated_ReportsEveryRepeatAgainstItsOwnFirstUse()
    {
        var playbook = TestPlaybooks.Minimal();
        var playbookId = playbook["id"]!.GetValue<string>();
        var actionUuid = TestPlaybooks.ActionId["action--".Length..];
        playbook["workflow"]!["end--" + playbookId["playbook--".Length..]] = new JsonObject { ["type"] = "end" };
        playbook["target_definitions"]!["security-category--" + actionUuid] = new JsonObject { ["type"] = "security-category", ["name"] = "s", ["category"] = new JsonArray("server") };
        playbook["target_definitions"]!["individual--" + actionUuid] = new JsonObject { ["type"] = "individual", ["name"] = "i" };

        var repeats = playbook.Validate().Errors.Where(i => i.Code == ValidationCodes.IdentifierDuplicateUuid).ToArray();

        Assert.Equal(
            [
                ("/workflow/end--" + playbookId["playbook--".Length..], playbookId),
                ("/target_definitions/security-category--" + actionUuid, TestPlaybooks.ActionId),
                ("/target_definitions/individual--" + actionUuid, TestPlaybooks.ActionId),
            ],
            repeats.Select(i => (i.Path, FirstUse(i.Message))));
    }

    [Fact]
    public void Validate_SignaturesRepeatUuids_ReportsEachSignatureAgainstTheDefinitionsAndStepsReadBeforeIt()
    {
        // The signatures are read last, though they come first in the document: the countersignature repeats the second
        // signature's UUID, and the second signature repeats an action step's.
        var actionUuid = TestPlaybooks.ActionId["action--".Length..];
        const string SharedUuid = "5f0c2a1e-8d3b-4c6a-9e7f-1a2b3c4d5e6f";
        var countersigned = TestPlaybooks.Signature();
        countersigned["signature"] = TestPlaybooks.Signature("jss--" + SharedUuid);
        var playbook = new JsonObject { ["signatures"] = new JsonArray(countersigned, TestPlaybooks.Signature("jss--" + actionUuid)) };
        foreach (var (name, value) in TestPlaybooks.Minimal())
        {
            playbook[name] = value?.DeepClone();
        }

        playbook["signatures"]!.AsArray().Add(TestPlaybooks.Signature("signature--" + SharedUuid));

        var repeats = playbook.Validate().Errors.Where(i => i.Code == ValidationCodes.IdentifierDuplicateUuid).ToArray();

        Assert.Equal(
            [
                ("/signatures/1/id", TestPlaybooks.ActionId),
                ("/signatures/2/id", "jss--" + SharedUuid),
            ],
            repeats.Select(i => (i.Path, FirstUse(i.Message))));
        Assert.Contains("at /signatures/0/signature/id;", repeats[1].Message, StringComparison.Ordinal);
    }

    // The identifier a duplicate-UUID message says was first to use the UUID.
    private static string FirstUse(string message)
    {
        const string Marker = "is already used by '";
        var start = message.IndexOf(Marker, StringComparison.Ordinal) + Marker.Length;
        return message[start..message.IndexOf('\'', start)];
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
        using var document = TestTape.Parse(playbook.ToJsonString());
        var issues = ImmutableArray.CreateBuilder<ValidationIssue>();

        new IdentifierUniquenessRule().Check(new ValidationContext(document.Root, ValidationOptions.Default, issues, repeatsMemberNames: false));

        var issue = Assert.Single(issues);
        Assert.Equal(ValidationCodes.IdentifierDuplicateUuid, issue.Code);
        Assert.Equal("/target_definitions/security-category--" + uuid, issue.Path);
    }
}
