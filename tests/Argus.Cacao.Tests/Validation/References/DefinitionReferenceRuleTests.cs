using System.Text.Json.Nodes;
using Argus.Cacao.Tests.Validation.Graph;
using Argus.Cacao.Validation.Rules.References;
using static Argus.Cacao.Tests.Validation.Graph.WorkflowPlaybook;

namespace Argus.Cacao.Tests.Validation.References;

public sealed class DefinitionReferenceRuleTests
{
    private static readonly DefinitionReferenceRule Rule = new();
    private static readonly string Target = Id("linux", 20);
    private static readonly string Auth = Id("user-auth", 21);
    private static readonly string Marking = Id("marking-statement", 22);
    private static readonly string Extension = Id("extension-definition", 23);

    private static WorkflowPlaybook FullyDefined() => Minimal()
        .StepProperty(ActionId, "targets", new JsonArray(Target))
        .StepProperty(ActionId, "step_extensions", new JsonObject { [Extension] = new JsonObject() })
        .Define("target_definitions", Target, new JsonObject
        {
            ["type"] = "linux",
            ["name"] = "host",
            ["address"] = new JsonObject { ["ipv4"] = new JsonArray("127.0.0.1") },
            ["authentication_info"] = Auth,
            ["agent_target_extensions"] = new JsonObject { [Extension] = new JsonObject() },
        })
        .Define("authentication_info_definitions", Auth, new JsonObject
        {
            ["type"] = "user-auth",
            ["authentication_info_extensions"] = new JsonObject { [Extension] = new JsonObject() },
        })
        .Define("data_marking_definitions", Marking, new JsonObject
        {
            ["type"] = "marking-statement",
            ["statement"] = "mine",
            ["marking_extensions"] = new JsonObject { [Extension] = new JsonObject() },
        })
        .Define("extension_definitions", Extension, new JsonObject { ["type"] = "extension-definition", ["name"] = "x" })
        .Set("markings", new JsonArray(Marking))
        .Set("playbook_extensions", new JsonObject { [Extension] = new JsonObject() });

    [Fact]
    public void Check_EverythingDefined_ReportsNothing()
    {
        Assert.Empty(RuleRunner.Run(Rule, FullyDefined()));
    }

    [Fact]
    public void Check_AgentNotDefined_ReportsUnresolvedAtAgent()
    {
        var agent = Id("individual", 99);
        var playbook = Minimal().StepProperty(ActionId, "agent", agent);

        var issue = Assert.Single(RuleRunner.Run(Rule, playbook));

        Assert.Equal(($"/workflow/{ActionId}/agent", ReferenceCodes.Unresolved), (issue.Path, issue.Code));
        Assert.Contains(agent, issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TargetNotDefined_ReportsUnresolvedAtTheEntry()
    {
        var playbook = FullyDefined().StepProperty(ActionId, "targets", new JsonArray(Target, Id("linux", 99)));

        var issue = Assert.Single(RuleRunner.Run(Rule, playbook));

        Assert.Equal($"/workflow/{ActionId}/targets/1", issue.Path);
    }

    [Fact]
    public void Check_AuthenticationInfoNotDefined_ReportsUnresolvedInTheTargetDefinition()
    {
        var playbook = FullyDefined().Set("authentication_info_definitions", new JsonObject());

        var issue = Assert.Single(RuleRunner.Run(Rule, playbook));

        Assert.Equal($"/target_definitions/{Target}/authentication_info", issue.Path);
    }

    [Fact]
    public void Check_MarkingNotDefined_ReportsUnresolvedAtTheEntry()
    {
        var playbook = FullyDefined().Set("markings", new JsonArray(Marking, Id("marking-tlp", 99)));

        var issue = Assert.Single(RuleRunner.Run(Rule, playbook));

        Assert.Equal(("/markings/1", ReferenceCodes.Unresolved), (issue.Path, issue.Code));
    }

    [Fact]
    public void Check_ExtensionsNotDefined_ReportsEveryExtensionKey()
    {
        var playbook = FullyDefined().Set("extension_definitions", null);

        var paths = RuleRunner.Run(Rule, playbook).Select(i => i.Path).Order(StringComparer.Ordinal);

        Assert.Equal(
            new[]
            {
                $"/authentication_info_definitions/{Auth}/authentication_info_extensions/{Extension}",
                $"/data_marking_definitions/{Marking}/marking_extensions/{Extension}",
                $"/playbook_extensions/{Extension}",
                $"/target_definitions/{Target}/agent_target_extensions/{Extension}",
                $"/workflow/{ActionId}/step_extensions/{Extension}",
            },
            paths);
    }

    [Fact]
    public void Check_MarkingsMarkingEachOther_ReportsMarkingCycle()
    {
        var other = Id("marking-statement", 30);
        var playbook = FullyDefined()
            .Define("data_marking_definitions", Marking, new JsonObject
            {
                ["type"] = "marking-statement",
                ["statement"] = "a",
                ["markings"] = new JsonArray(other),
            })
            .Define("data_marking_definitions", other, new JsonObject
            {
                ["type"] = "marking-statement",
                ["statement"] = "b",
                ["markings"] = new JsonArray(Marking),
            });

        var issues = RuleRunner.Run(Rule, playbook);

        Assert.Equal(2, issues.Count(i => i.Code == ReferenceCodes.MarkingCycle));
    }

    [Fact]
    public void Check_DefinitionsOfWrongJsonType_AreLeftToTheStructureRules()
    {
        var playbook = Minimal().Set("agent_definitions", new JsonArray());

        Assert.Empty(RuleRunner.Run(Rule, playbook));
    }
}
