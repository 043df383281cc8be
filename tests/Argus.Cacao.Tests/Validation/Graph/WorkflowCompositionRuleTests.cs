using System.Text.Json.Nodes;
using Argus.Cacao.Validation.Rules.Graph;
using static Argus.Cacao.Tests.Validation.Graph.WorkflowPlaybook;

namespace Argus.Cacao.Tests.Validation.Graph;

public sealed class WorkflowCompositionRuleTests
{
    private static readonly WorkflowCompositionRule Rule = new();

    [Fact]
    public void Check_StartActionAndEnd_ReportsNothing()
    {
        Assert.Empty(RuleRunner.Run(Rule, Minimal()));
    }

    [Fact]
    public void Check_PlaybookActionInsteadOfAction_ReportsNothing()
    {
        var playbook = Minimal().Step(ActionId, new JsonObject
        {
            ["type"] = "playbook-action",
            ["playbook_id"] = Id("playbook", 50),
            ["on_completion"] = EndId,
        });

        Assert.Empty(RuleRunner.Run(Rule, playbook));
    }

    [Theory]
    [InlineData("start", GraphCodes.MissingStart)]
    [InlineData("action", GraphCodes.MissingAction)]
    [InlineData("end", GraphCodes.MissingEnd)]
    public void Check_StepTypeAbsent_ReportsItMissingAtWorkflow(string type, string code)
    {
        var id = type switch { "start" => StartId, "action" => ActionId, _ => EndId };
        var playbook = Minimal().RemoveStep(id);

        var issue = Assert.Single(RuleRunner.Run(Rule, playbook));

        Assert.Equal(("/workflow", code), (issue.Path, issue.Code));
    }

    [Fact]
    public void Check_WorkflowNotAnObject_IsLeftToTheStructureRules()
    {
        Assert.Empty(RuleRunner.Run(Rule, Minimal().Set("workflow", new JsonArray())));
    }
}
