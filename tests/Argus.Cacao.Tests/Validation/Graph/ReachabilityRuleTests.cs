using Argus.Cacao.Validation;
using Argus.Cacao.Validation.Rules.Graph;
using static Argus.Cacao.Tests.Validation.Graph.WorkflowPlaybook;

namespace Argus.Cacao.Tests.Validation.Graph;

public sealed class ReachabilityRuleTests
{
    private static readonly ReachabilityRule Rule = new();
    private static readonly string Orphan = Id("action", 10);
    private static readonly string Handler = Id("end", 11);

    [Fact]
    public void Check_EveryStepReachable_ReportsNothing()
    {
        Assert.Empty(RuleRunner.Run(Rule, Minimal()));
    }

    [Fact]
    public void Check_StepNothingPointsTo_WarnsUnreachable()
    {
        var playbook = Minimal().Step(Orphan, ActionStep(EndId));

        var issue = Assert.Single(RuleRunner.Run(Rule, playbook));

        Assert.Equal(($"/workflow/{Orphan}", GraphCodes.StepUnreachable, IssueSeverity.Warning),
            (issue.Path, issue.Code, issue.Severity));
    }

    [Fact]
    public void Check_StepReachedOnlyFromWorkflowException_ReportsNothing()
    {
        var playbook = Minimal().Step(Handler, EndStep()).Set("workflow_exception", Handler);

        Assert.Empty(RuleRunner.Run(Rule, playbook));
    }

    [Fact]
    public void Check_WorkflowStartNamesNoStep_ReportsNothingSinceThatIsAlreadyAnError()
    {
        var playbook = Minimal().Set("workflow_start", Id("start", 99));

        Assert.Empty(RuleRunner.Run(Rule, playbook));
    }
}
