using Argus.Cacao.Model.Workflow;

namespace Argus.Cacao.Tests.Model;

public sealed class WorkflowStepTests
{
    [Fact]
    public void With_ChangingCommonMemberThroughBaseType_KeepsDerivedRecordAndType()
    {
        WorkflowStep step = new IfConditionStep { Condition = "__x__ == 1", OnTrue = TestPlaybooks.EndId };

        var changed = step with { Name = "Branch" };

        var ifStep = Assert.IsType<IfConditionStep>(changed);
        Assert.Equal(WorkflowStepTypes.IfCondition, ifStep.Type);
        Assert.Equal("__x__ == 1", ifStep.Condition);
        Assert.Equal("Branch", ifStep.Name);
    }

    [Fact]
    public void Type_OfEachStepRecord_IsItsEnumValue()
    {
        WorkflowStep[] steps =
        [
            new StartStep(), new EndStep(), new ActionStep(), new PlaybookActionStep(), new ParallelStep(),
            new IfConditionStep(), new WhileConditionStep(), new SwitchConditionStep(), new UnknownStep("custom"),
        ];

        Assert.Equal(
            ["start", "end", "action", "playbook-action", "parallel", "if-condition", "while-condition", "switch-condition", "custom"],
            steps.Select(s => s.Type));
    }
}
