using System.Text.Json.Nodes;
using Argus.Cacao.Tests.Validation.Graph;
using Argus.Cacao.Validation;
using Argus.Cacao.Validation.Rules.Variables;
using static Argus.Cacao.Tests.Validation.Graph.WorkflowPlaybook;

namespace Argus.Cacao.Tests.Validation.Variables;

public sealed class StepArgumentRuleTests
{
    private static readonly StepArgumentRule Rule = new();

    private static JsonObject Variable(bool constant = false) =>
        constant ? new JsonObject { ["type"] = "string", ["constant"] = true } : new JsonObject { ["type"] = "string" };

    [Fact]
    public void Check_ArgumentsDeclaredInStepAndPlaybook_ReportNothing()
    {
        var playbook = Minimal()
            .Set("playbook_variables", new JsonObject { ["__in__"] = Variable() })
            .StepProperty(ActionId, "step_variables", new JsonObject { ["__out__"] = Variable() })
            .StepProperty(ActionId, "in_args", new JsonArray("__in__"))
            .StepProperty(ActionId, "out_args", new JsonArray("__out__"));

        Assert.Empty(RuleRunner.Run(Rule, playbook));
    }

    [Fact]
    public void Check_UndeclaredOutArg_ReportsError()
    {
        var playbook = Minimal().StepProperty(ActionId, "out_args", new JsonArray("__result__"));

        var issue = Assert.Single(RuleRunner.Run(Rule, playbook));

        Assert.Equal(($"/workflow/{ActionId}/out_args/0", VariableCodes.OutArgUndeclared, IssueSeverity.Error),
            (issue.Path, issue.Code, issue.Severity));
        Assert.Contains("__result__", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UndeclaredInArg_Warns()
    {
        var playbook = Minimal().StepProperty(ActionId, "in_args", new JsonArray("__seed__"));

        var issue = Assert.Single(RuleRunner.Run(Rule, playbook));

        Assert.Equal(($"/workflow/{ActionId}/in_args/0", VariableCodes.Undeclared, IssueSeverity.Warning),
            (issue.Path, issue.Code, issue.Severity));
    }

    [Fact]
    public void Check_OutArgNamingConstant_ReportsConstantAssigned()
    {
        var playbook = Minimal()
            .Set("playbook_variables", new JsonObject { ["__limit__"] = Variable(constant: true) })
            .StepProperty(ActionId, "out_args", new JsonArray("__limit__"));

        var issue = Assert.Single(RuleRunner.Run(Rule, playbook));

        Assert.Equal((VariableCodes.ConstantAssigned, IssueSeverity.Error), (issue.Code, issue.Severity));
    }

    [Fact]
    public void Check_OutArgShadowingConstantWithWritableStepVariable_ReportsNothing()
    {
        var playbook = Minimal()
            .Set("playbook_variables", new JsonObject { ["__limit__"] = Variable(constant: true) })
            .StepProperty(ActionId, "step_variables", new JsonObject { ["__limit__"] = Variable() })
            .StepProperty(ActionId, "out_args", new JsonArray("__limit__"));

        Assert.Empty(RuleRunner.Run(Rule, playbook));
    }

    [Fact]
    public void Check_OutArgDeclaredByEnclosingIf_ReportsNothing()
    {
        var @if = Id("if-condition", 30);
        var inner = Id("action", 31);
        var playbook = Minimal()
            .StepProperty(StartId, "on_completion", @if)
            .Step(@if, new JsonObject
            {
                ["type"] = "if-condition",
                ["condition"] = "__flag__:value",
                ["step_variables"] = new JsonObject { ["__flag__"] = Variable() },
                ["on_true"] = inner,
                ["on_completion"] = ActionId,
            })
            .Step(inner, ActionStep(EndId))
            .StepProperty(inner, "out_args", new JsonArray("__flag__"));

        Assert.Empty(RuleRunner.Run(Rule, playbook));
    }

    [Fact]
    public void Check_ArgumentsOfWrongJsonType_AreLeftToTheStructureRules()
    {
        var playbook = Minimal().StepProperty(ActionId, "out_args", "__x__").StepProperty(ActionId, "in_args", new JsonArray(5));

        Assert.Empty(RuleRunner.Run(Rule, playbook));
    }
}
