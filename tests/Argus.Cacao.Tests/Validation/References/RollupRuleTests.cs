using System.Text.Json.Nodes;
using Argus.Cacao.Tests.Validation.Graph;
using Argus.Cacao.Validation;
using Argus.Cacao.Validation.Rules.References;
using static Argus.Cacao.Tests.Validation.Graph.WorkflowPlaybook;

namespace Argus.Cacao.Tests.Validation.References;

public sealed class RollupRuleTests
{
    private static readonly RollupRule Rule = new();

    private static JsonObject Reference(string name) => new() { ["name"] = name, ["url"] = "https://example.org/" + name };

    [Fact]
    public void Check_StepReferenceRolledUp_ReportsNothing()
    {
        var playbook = Minimal()
            .StepProperty(ActionId, "external_references", new JsonArray(Reference("report")))
            .Set("external_references", new JsonArray(Reference("other"), Reference("report")));

        Assert.Empty(RuleRunner.Run(Rule, playbook));
    }

    [Fact]
    public void Check_CommandReferenceNotRolledUp_WarnsAtThatReference()
    {
        var command = new JsonObject
        {
            ["type"] = "manual",
            ["command"] = "look",
            ["external_references"] = new JsonArray(Reference("runbook")),
        };
        var playbook = Minimal().StepProperty(ActionId, "commands", new JsonArray(command));

        var issue = Assert.Single(RuleRunner.Run(Rule, playbook));

        Assert.Equal(($"/workflow/{ActionId}/commands/0/external_references/0", ReferenceCodes.RollupMissing, IssueSeverity.Warning),
            (issue.Path, issue.Code, issue.Severity));
        Assert.Contains("runbook", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SectorTargetNotInIndustrySectors_Warns()
    {
        var sector = Id("sector", 40);
        var playbook = Minimal()
            .Set("industry_sectors", new JsonArray("energy"))
            .Define("target_definitions", sector, new JsonObject { ["type"] = "sector", ["name"] = "s", ["sector"] = "healthcare" });

        var issue = Assert.Single(RuleRunner.Run(Rule, playbook));

        Assert.Equal($"/target_definitions/{sector}/sector", issue.Path);
        Assert.Contains("healthcare", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SectorTargetListedInIndustrySectors_ReportsNothing()
    {
        var playbook = Minimal()
            .Set("industry_sectors", new JsonArray("healthcare"))
            .Define("target_definitions", Id("sector", 40), new JsonObject { ["type"] = "sector", ["name"] = "s", ["sector"] = "healthcare" });

        Assert.Empty(RuleRunner.Run(Rule, playbook));
    }
}
