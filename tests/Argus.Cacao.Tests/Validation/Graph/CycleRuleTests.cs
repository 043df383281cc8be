using System.Text.Json.Nodes;
using Argus.Cacao.Validation.Rules.Graph;
using static Argus.Cacao.Tests.Validation.Graph.WorkflowPlaybook;

namespace Argus.Cacao.Tests.Validation.Graph;

public sealed class CycleRuleTests
{
    private static readonly CycleRule Rule = new();
    private static readonly string While = Id("while-condition", 10);
    private static readonly string Body = Id("action", 11);

    private static WorkflowPlaybook WhileLoop() => Minimal()
        .StepProperty(StartId, "on_completion", While)
        .Step(While, new JsonObject
        {
            ["type"] = "while-condition",
            ["condition"] = "__n__:value < 3",
            ["on_true"] = Body,
            ["on_completion"] = ActionId,
        })
        .Step(Body, ActionStep(While));

    [Fact]
    public void Check_AcyclicWorkflow_ReportsNothing()
    {
        Assert.Empty(RuleRunner.Run(Rule, Minimal()));
    }

    [Fact]
    public void Check_WhileBodyLoopingBack_ReportsNothing()
    {
        Assert.Empty(RuleRunner.Run(Rule, WhileLoop()));
    }

    [Fact]
    public void Check_LoopBackToStartFromAction_ReportsCycleAtItsFirstStep()
    {
        var playbook = Minimal().StepProperty(ActionId, "on_completion", StartId);

        var issue = Assert.Single(RuleRunner.Run(Rule, playbook));

        Assert.Equal(($"/workflow/{StartId}", GraphCodes.CycleNotWhile), (issue.Path, issue.Code));
        Assert.Contains(ActionId, issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_WhileContinuationLoopingBack_ReportsCycle()
    {
        var playbook = WhileLoop().StepProperty(ActionId, "on_completion", While);

        var issue = Assert.Single(RuleRunner.Run(Rule, playbook));

        Assert.Equal(GraphCodes.CycleNotWhile, issue.Code);
    }

    [Fact]
    public void Check_ActionPointingToItself_ReportsCycle()
    {
        var playbook = Minimal().StepProperty(ActionId, "on_completion", ActionId);

        var issue = Assert.Single(RuleRunner.Run(Rule, playbook));

        Assert.Equal(($"/workflow/{ActionId}", GraphCodes.CycleNotWhile), (issue.Path, issue.Code));
    }
}
