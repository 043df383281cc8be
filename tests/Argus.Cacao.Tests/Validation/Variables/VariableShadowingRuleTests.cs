using System.Text.Json.Nodes;
using Argus.Cacao.Tests.Validation.Graph;
using Argus.Cacao.Validation;
using Argus.Cacao.Validation.Rules.Variables;
using static Argus.Cacao.Tests.Validation.Graph.WorkflowPlaybook;

namespace Argus.Cacao.Tests.Validation.Variables;

public sealed class VariableShadowingRuleTests
{
    private static readonly VariableShadowingRule Rule = new();

    private static JsonObject Declare(string name) => new() { [name] = new JsonObject { ["type"] = "string" } };

    [Fact]
    public void Check_DistinctNames_ReportsNothing()
    {
        var playbook = Minimal().Set("playbook_variables", Declare("__a__")).StepProperty(ActionId, "step_variables", Declare("__b__"));

        Assert.Empty(RuleRunner.Run(Rule, playbook));
    }

    [Fact]
    public void Check_StepVariableNamedLikePlaybookVariable_WarnsDuplicate()
    {
        var playbook = Minimal().Set("playbook_variables", Declare("__a__")).StepProperty(ActionId, "step_variables", Declare("__a__"));

        var issue = Assert.Single(RuleRunner.Run(Rule, playbook));

        Assert.Equal(($"/workflow/{ActionId}/step_variables/__a__", VariableCodes.Duplicate, IssueSeverity.Warning),
            (issue.Path, issue.Code, issue.Severity));
    }

    [Fact]
    public void Check_StepVariableNamedLikeEnclosingStepVariable_WarnsDuplicate()
    {
        var @if = Id("if-condition", 30);
        var inner = Id("action", 31);
        var playbook = Minimal()
            .StepProperty(StartId, "on_completion", @if)
            .Step(@if, new JsonObject
            {
                ["type"] = "if-condition",
                ["condition"] = "__a__:value",
                ["step_variables"] = Declare("__a__"),
                ["on_true"] = inner,
                ["on_completion"] = ActionId,
            })
            .Step(inner, ActionStep(EndId))
            .StepProperty(inner, "step_variables", Declare("__a__"));

        var issue = Assert.Single(RuleRunner.Run(Rule, playbook));

        Assert.Equal($"/workflow/{inner}/step_variables/__a__", issue.Path);
        Assert.Contains(@if, issue.Message, StringComparison.Ordinal);
    }
}
