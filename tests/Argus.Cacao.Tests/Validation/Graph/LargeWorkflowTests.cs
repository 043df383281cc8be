using System.Text.Json.Nodes;
using Argus.Cacao.Validation;
using Argus.Cacao.Validation.Rules.Graph;
using Argus.Cacao.Validation.Rules.Variables;
using static Argus.Cacao.Tests.Validation.Graph.WorkflowPlaybook;

namespace Argus.Cacao.Tests.Validation.Graph;

/// <summary>Workflows above the branch-analysis bounds: skipped with a warning, and never a false error.</summary>
public sealed class LargeWorkflowTests
{
    /// <summary>start -> if_1 -> if_2 -> … -> action -> end, each if with an on_true branch to its own end.</summary>
    private static WorkflowPlaybook ChainOfIfs(int count)
    {
        var playbook = Minimal();
        var previous = StartId;
        for (var i = 0; i < count; i++)
        {
            var @if = Id("if-condition", 1000 + i);
            playbook.StepProperty(previous, "on_completion", @if)
                .Step(@if, new JsonObject
                {
                    ["type"] = "if-condition",
                    ["condition"] = "__x__:value",
                    ["on_true"] = Id("end", 10_000 + i),
                })
                .Step(Id("end", 10_000 + i), EndStep());
            previous = @if;
        }

        return playbook.StepProperty(previous, "on_completion", ActionId);
    }

    [Fact]
    public void Validate_HugeWorkflowOfTwoStepLoops_ReportsEveryLoopAndSkipsBranchAnalysis()
    {
        // 20 000 steps sharing one agent: every rule must stay near-linear for the validator to get through it.
        const int loops = 10_000;
        var playbook = Minimal();
        for (var i = 0; i < loops; i++)
        {
            var first = Id("action", 100_000 + (2 * i));
            var second = Id("action", 100_001 + (2 * i));
            playbook.Step(first, ActionStep(second, "echo __v__:value")).Step(second, ActionStep(first));
        }

        var report = new PlaybookValidator().Validate(playbook.ToJson());

        Assert.Equal(loops, report.Issues.Count(i => i.Code == GraphCodes.CycleNotWhile));
        Assert.Single(report.Issues, i => i.Code == GraphCodes.TooLargeToAnalyse);
        Assert.Equal(loops, report.Issues.Count(i => i.Code == VariableCodes.Undeclared));
    }

    [Fact]
    public void BranchRule_WorkflowAboveTheBounds_WarnsOnceThatBranchesWereNotAnalysed()
    {
        var playbook = ChainOfIfs(WorkflowDocument.MaxAnalysedSteps);

        var issue = Assert.Single(RuleRunner.Run(new BranchRule(), playbook));

        Assert.Equal((GraphCodes.TooLargeToAnalyse, IssueSeverity.Warning), (issue.Code, issue.Severity));
    }

    [Fact]
    public void StepArgumentRule_WorkflowAboveTheBounds_AcceptsADeclarationInAnyStep()
    {
        var declaring = Id("if-condition", 1000);
        var playbook = ChainOfIfs(WorkflowDocument.MaxAnalysedSteps)
            .StepProperty(declaring, "step_variables", new JsonObject { ["__r__"] = new JsonObject { ["type"] = "string" } })
            .StepProperty(ActionId, "out_args", new JsonArray("__r__"));

        Assert.Empty(RuleRunner.Run(new StepArgumentRule(), playbook));
    }

    [Fact]
    public void StepArgumentRule_SameShapeWithinTheBounds_ReportsTheUndeclaredOutArg()
    {
        var declaring = Id("if-condition", 1000);
        var playbook = ChainOfIfs(10)
            .StepProperty(declaring, "step_variables", new JsonObject { ["__r__"] = new JsonObject { ["type"] = "string" } })
            .StepProperty(ActionId, "out_args", new JsonArray("__r__"));

        var issue = Assert.Single(RuleRunner.Run(new StepArgumentRule(), playbook));

        Assert.Equal(VariableCodes.OutArgUndeclared, issue.Code);
    }
}
