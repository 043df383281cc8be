using Argus.Cacao.Model;
using Argus.Cacao.Model.Workflow;

namespace Argus.Execution.Tests.Engine;

/// <summary>A while loop whose body counts <c>__n__</c> up from 0 (the Counter capability) while it is below a limit.</summary>
internal sealed record CountingLoop(Playbook Playbook, string WhileId, string Body)
{
    public static CountingLoop Below(int limit)
    {
        var (whileId, body, bodyEnd, end) = (TestPlaybook.NewId("while-condition"), TestPlaybook.NewId("action"), TestPlaybook.NewId("end"), TestPlaybook.NewId("end"));
        var playbook = new TestPlaybook().Variable("__n__", TestPlaybook.IntegerVariable(0))
            .Step(whileId, new WhileConditionStep { Condition = $"__n__:value < {limit}", OnTrue = body, OnCompletion = end })
            .Step(body, new ActionStep { Commands = [TestPlaybook.Command("count", "n+1")], OutArgs = ["__n__"], OnCompletion = bodyEnd })
            .Step(bodyEnd, new EndStep())
            .Step(end, new EndStep())
            .Build(whileId);
        return new CountingLoop(playbook, whileId, body);
    }
}
