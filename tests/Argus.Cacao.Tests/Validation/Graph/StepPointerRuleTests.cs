using System.Text.Json.Nodes;
using Argus.Cacao.Validation.Rules.Graph;
using static Argus.Cacao.Tests.Validation.Graph.WorkflowPlaybook;

namespace Argus.Cacao.Tests.Validation.Graph;

public sealed class StepPointerRuleTests
{
    private static readonly StepPointerRule Rule = new();

    [Fact]
    public void Check_MinimalPlaybook_ReportsNothing()
    {
        Assert.Empty(RuleRunner.Run(Rule, Minimal()));
    }

    [Fact]
    public void Check_ActionWithSuccessAndFailurePointers_ReportsNothing()
    {
        var playbook = Minimal().StepProperty(ActionId, "on_completion", null)
            .StepProperty(ActionId, "on_success", EndId).StepProperty(ActionId, "on_failure", EndId);

        Assert.Empty(RuleRunner.Run(Rule, playbook));
    }

    [Fact]
    public void Check_StartWithOnSuccess_ReportsForbiddenPointer()
    {
        var playbook = Minimal().StepProperty(StartId, "on_success", ActionId);

        var issue = Assert.Single(RuleRunner.Run(Rule, playbook));

        Assert.Equal(($"/workflow/{StartId}/on_success", GraphCodes.PointerForbidden), (issue.Path, issue.Code));
    }

    [Fact]
    public void Check_EndWithOnCompletion_ReportsForbiddenPointer()
    {
        var playbook = Minimal().StepProperty(EndId, "on_completion", StartId);

        var issue = Assert.Single(RuleRunner.Run(Rule, playbook));

        Assert.Equal(($"/workflow/{EndId}/on_completion", GraphCodes.PointerForbidden), (issue.Path, issue.Code));
    }

    [Fact]
    public void Check_ForbiddenPointerWithEscapedName_ReportsItByItsText()
    {
        var json = Minimal().ToJson().Replace("\"type\":\"end\"", "\"type\":\"end\",\"on_\\u0074rue\":42", StringComparison.Ordinal);

        var issue = Assert.Single(RuleRunner.Run(Rule, json));

        Assert.Equal(($"/workflow/{EndId}/on_true", GraphCodes.PointerForbidden), (issue.Path, issue.Code));
    }

    [Fact]
    public void Check_ActionWithOnTrue_ReportsForbiddenPointer()
    {
        var playbook = Minimal().StepProperty(ActionId, "on_true", EndId);

        var issue = Assert.Single(RuleRunner.Run(Rule, playbook));

        Assert.Equal(($"/workflow/{ActionId}/on_true", GraphCodes.PointerForbidden), (issue.Path, issue.Code));
    }

    [Fact]
    public void Check_OnCompletionWithOnFailure_ReportsExclusivePointers()
    {
        var playbook = Minimal().StepProperty(ActionId, "on_failure", EndId);

        var issue = Assert.Single(RuleRunner.Run(Rule, playbook));

        Assert.Equal(($"/workflow/{ActionId}/on_completion", GraphCodes.PointerExclusive), (issue.Path, issue.Code));
    }

    [Fact]
    public void Check_ActionWithoutPointer_ReportsMissingPointer()
    {
        var playbook = Minimal().StepProperty(ActionId, "on_completion", null);

        var issue = Assert.Single(RuleRunner.Run(Rule, playbook));

        Assert.Equal(($"/workflow/{ActionId}", GraphCodes.PointerMissing), (issue.Path, issue.Code));
    }

    [Fact]
    public void Check_PointerOfWrongJsonType_IsNotReportedMissing()
    {
        var playbook = Minimal().StepProperty(ActionId, "on_completion", 12);

        Assert.Empty(RuleRunner.Run(Rule, playbook));
    }

    [Fact]
    public void Check_UnknownStepType_IsLeftToTheStructureRules()
    {
        var playbook = Minimal().Step(Id("custom", 60), new JsonObject { ["type"] = "custom", ["on_true"] = EndId });

        Assert.Empty(RuleRunner.Run(Rule, playbook));
    }

    [Fact]
    public void Check_ParallelWithOneNextStep_ReportsTooFewBranches()
    {
        var parallel = Id("parallel", 10);
        var playbook = Minimal().StepProperty(StartId, "on_completion", parallel)
            .Step(parallel, new JsonObject { ["type"] = "parallel", ["next_steps"] = new JsonArray(ActionId), ["on_completion"] = EndId });

        var issue = Assert.Single(RuleRunner.Run(Rule, playbook));

        Assert.Equal(($"/workflow/{parallel}/next_steps", GraphCodes.ParallelTooFewBranches), (issue.Path, issue.Code));
    }

    [Fact]
    public void Check_ParallelWithTwoNextSteps_ReportsNothing()
    {
        var parallel = Id("parallel", 10);
        var playbook = Minimal().StepProperty(StartId, "on_completion", parallel)
            .Step(parallel, new JsonObject { ["type"] = "parallel", ["next_steps"] = new JsonArray(ActionId, EndId) });

        Assert.Empty(RuleRunner.Run(Rule, playbook));
    }
}
