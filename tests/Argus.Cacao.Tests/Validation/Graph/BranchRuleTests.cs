using System.Text.Json.Nodes;
using Argus.Cacao.Validation;
using Argus.Cacao.Validation.Rules.Graph;
using static Argus.Cacao.Tests.Validation.Graph.WorkflowPlaybook;

namespace Argus.Cacao.Tests.Validation.Graph;

public sealed class BranchRuleTests
{
    private static readonly BranchRule Rule = new();
    private static readonly string If = Id("if-condition", 10);
    private static readonly string While = Id("while-condition", 11);
    private static readonly string TrueAction = Id("action", 12);
    private static readonly string FalseAction = Id("action", 13);
    private static readonly string TrueEnd = Id("end", 14);
    private static readonly string FalseEnd = Id("end", 15);

    /// <summary>start -> if (true: action -> end; false: action -> end) -> action -> end.</summary>
    private static WorkflowPlaybook IfPlaybook() => Minimal()
        .StepProperty(StartId, "on_completion", If)
        .Step(If, new JsonObject
        {
            ["type"] = "if-condition",
            ["condition"] = "__x__:value = 1",
            ["on_true"] = TrueAction,
            ["on_false"] = FalseAction,
            ["on_completion"] = ActionId,
        })
        .Step(TrueAction, ActionStep(TrueEnd))
        .Step(FalseAction, ActionStep(FalseEnd))
        .Step(TrueEnd, EndStep())
        .Step(FalseEnd, EndStep());

    [Fact]
    public void Check_EachBranchWithItsOwnEnd_ReportsNothing()
    {
        Assert.Empty(RuleRunner.Run(Rule, IfPlaybook()));
    }

    [Fact]
    public void Check_BranchesSharingAnEndStep_WarnsSharedEnd()
    {
        var playbook = IfPlaybook().StepProperty(FalseAction, "on_completion", TrueEnd).RemoveStep(FalseEnd);

        var issue = Assert.Single(RuleRunner.Run(Rule, playbook));

        Assert.Equal(($"/workflow/{If}/on_false", GraphCodes.BranchSharedEnd, IssueSeverity.Warning),
            (issue.Path, issue.Code, issue.Severity));
        Assert.Contains(TrueEnd, issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_BranchesMergingIntoOneStep_WarnsSharedEndNamingTheEnd()
    {
        var shared = Id("action", 16);
        var playbook = IfPlaybook()
            .Step(TrueAction, new JsonObject
            {
                ["type"] = "action",
                ["commands"] = new JsonArray(new JsonObject { ["type"] = "manual", ["command"] = "x" }),
                ["agent"] = AgentId,
                ["on_success"] = shared,
                ["on_failure"] = TrueEnd,
            })
            .StepProperty(FalseAction, "on_completion", shared)
            .Step(shared, ActionStep(null))
            .StepProperty(shared, "on_completion", FalseEnd)
            .StepProperty(FalseAction, "on_failure", null);

        var issues = RuleRunner.Run(Rule, playbook);

        Assert.Contains(issues, i => i.Code == GraphCodes.BranchSharedEnd && i.Message.Contains(FalseEnd, StringComparison.Ordinal));
        Assert.All(issues, i => Assert.Equal(IssueSeverity.Warning, i.Severity));
    }

    [Fact]
    public void Check_ParallelBranchesMeetingInALoopBack_WarnsSharedStepAndReportsNoEnd()
    {
        var parallel = Id("parallel", 17);
        var meeting = Id("action", 18);
        var playbook = Minimal()
            .StepProperty(StartId, "on_completion", parallel)
            .Step(parallel, new JsonObject
            {
                ["type"] = "parallel",
                ["next_steps"] = new JsonArray(TrueAction, FalseAction),
                ["on_completion"] = ActionId,
            })
            .Step(TrueAction, ActionStep(meeting))
            .Step(FalseAction, ActionStep(meeting))
            .Step(meeting, ActionStep(parallel));

        var issues = RuleRunner.Run(Rule, playbook);

        var shared = Assert.Single(issues, i => i.Code == GraphCodes.BranchSharedStep);
        Assert.Contains(meeting, shared.Message, StringComparison.Ordinal);
        Assert.Equal(2, issues.Count(i => i.Code == GraphCodes.BranchNoEnd));
    }

    [Fact]
    public void Check_BranchSharingEndWithTheContinuation_WarnsSharedEnd()
    {
        var playbook = IfPlaybook().StepProperty(TrueAction, "on_completion", EndId).RemoveStep(TrueEnd);

        var issue = Assert.Single(RuleRunner.Run(Rule, playbook));

        Assert.Equal(($"/workflow/{If}/on_true", GraphCodes.BranchSharedEnd), (issue.Path, issue.Code));
        Assert.Contains("follow", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_IfBranchLoopingBackToTheIf_ReportsNoEnd()
    {
        var playbook = IfPlaybook().StepProperty(TrueAction, "on_completion", If).RemoveStep(TrueEnd);

        var issue = Assert.Single(RuleRunner.Run(Rule, playbook));

        Assert.Equal(($"/workflow/{If}/on_true", GraphCodes.BranchNoEnd, IssueSeverity.Error),
            (issue.Path, issue.Code, issue.Severity));
    }

    [Fact]
    public void Check_WhileBodyLoopingBackToTheWhile_ReportsNothing()
    {
        var playbook = Minimal()
            .StepProperty(StartId, "on_completion", While)
            .Step(While, new JsonObject
            {
                ["type"] = "while-condition",
                ["condition"] = "__n__:value < 3",
                ["on_true"] = TrueAction,
                ["on_completion"] = ActionId,
            })
            .Step(TrueAction, ActionStep(While));

        Assert.Empty(RuleRunner.Run(Rule, playbook));
    }

    [Fact]
    public void Check_DanglingBranchEntry_IsLeftToTheReferenceRule()
    {
        var playbook = IfPlaybook().StepProperty(If, "on_false", Id("action", 99));

        Assert.Empty(RuleRunner.Run(Rule, playbook));
    }
}
