using System.Text.Json.Nodes;
using Argus.Cacao.Tests.Validation.Graph;
using Argus.Cacao.Validation.Rules.References;
using static Argus.Cacao.Tests.Validation.Graph.WorkflowPlaybook;

namespace Argus.Cacao.Tests.Validation.References;

public sealed class WorkflowReferenceRuleTests
{
    private static readonly WorkflowReferenceRule Rule = new();

    [Fact]
    public void Check_MinimalPlaybook_ReportsNothing()
    {
        Assert.Empty(RuleRunner.Run(Rule, Minimal()));
    }

    [Fact]
    public void Check_WorkflowStartNamesActionStep_ReportsStartNotStartStep()
    {
        var playbook = Minimal().Set("workflow_start", ActionId);

        var issue = Assert.Single(RuleRunner.Run(Rule, playbook));

        Assert.Equal(("/workflow_start", ReferenceCodes.StartNotStartStep), (issue.Path, issue.Code));
        Assert.Contains(ActionId, issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_WorkflowStartNamesNoStep_ReportsUnresolved()
    {
        var missing = Id("start", 99);
        var playbook = Minimal().Set("workflow_start", missing);

        var issue = Assert.Single(RuleRunner.Run(Rule, playbook));

        Assert.Equal(("/workflow_start", ReferenceCodes.Unresolved), (issue.Path, issue.Code));
        Assert.Contains(missing, issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_WorkflowExceptionNamesExistingStep_ReportsNothing()
    {
        Assert.Empty(RuleRunner.Run(Rule, Minimal().Set("workflow_exception", EndId)));
    }

    [Fact]
    public void Check_WorkflowExceptionNamesNoStep_ReportsUnresolved()
    {
        var playbook = Minimal().Set("workflow_exception", Id("end", 99));

        var issue = Assert.Single(RuleRunner.Run(Rule, playbook));

        Assert.Equal(("/workflow_exception", ReferenceCodes.Unresolved), (issue.Path, issue.Code));
    }

    [Fact]
    public void Check_OnCompletionNamesNoStep_ReportsUnresolvedAtThatPointer()
    {
        var playbook = Minimal().StepProperty(ActionId, "on_completion", Id("end", 99));

        var issue = Assert.Single(RuleRunner.Run(Rule, playbook));

        Assert.Equal(($"/workflow/{ActionId}/on_completion", ReferenceCodes.Unresolved), (issue.Path, issue.Code));
    }

    [Fact]
    public void Check_NextStepsAndCasesEntriesNameNoStep_ReportUnresolvedPerEntry()
    {
        var parallel = Id("parallel", 10);
        var @switch = Id("switch-condition", 11);
        var playbook = Minimal()
            .StepProperty(StartId, "on_completion", parallel)
            .Step(parallel, new JsonObject
            {
                ["type"] = "parallel",
                ["next_steps"] = new JsonArray(ActionId, Id("action", 98)),
                ["on_completion"] = @switch,
            })
            .Step(@switch, new JsonObject
            {
                ["type"] = "switch-condition",
                ["switch"] = "__x__:value",
                ["cases"] = new JsonObject { ["1"] = ActionId, ["default"] = Id("action", 97) },
                ["on_completion"] = EndId,
            });

        var paths = RuleRunner.Run(Rule, playbook).Select(i => i.Path);

        Assert.Equal([$"/workflow/{parallel}/next_steps/1", $"/workflow/{@switch}/cases/default"], paths);
    }

    [Fact]
    public void Check_PointersOfWrongJsonType_AreLeftToTheStructureRules()
    {
        var playbook = Minimal().Set("workflow_start", 5).Set("workflow_exception", new JsonArray())
            .StepProperty(ActionId, "on_completion", new JsonObject());

        Assert.Empty(RuleRunner.Run(Rule, playbook));
    }
}
