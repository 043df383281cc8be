using Argus.Cacao.Model;
using Argus.Cacao.Model.Workflow;
using Argus.Execution.Capabilities;
using Argus.Execution.Engine;
using Argus.Execution.Tests.Capabilities;

namespace Argus.Execution.Tests.Engine;

public sealed class ExecutionEnginePreflightTests
{
    private static ExecutionEngine EngineWithRun(IEnumerable<Playbook> library) =>
        EngineRun.Engine(CapabilityRegistry.Empty.With(new TestCapabilities.Counting("run")), library);

    private static Playbook Calling(params (string StepId, string PlaybookId)[] calls)
    {
        var builder = new TestPlaybook();
        var end = TestPlaybook.NewId("end");
        for (var i = 0; i < calls.Length; i++)
        {
            builder.Step(calls[i].StepId, new PlaybookActionStep
            {
                PlaybookId = calls[i].PlaybookId,
                OnCompletion = i + 1 < calls.Length ? calls[i + 1].StepId : end,
            });
        }

        return builder.Step(end, new EndStep()).Build(calls[0].StepId);
    }

    [Fact]
    public async Task PreflightAsync_ChildLacksCapabilityAndAnotherChildIsMissing_ReportsBothAtTheirSteps()
    {
        var child = TestPlaybook.Linear(TestPlaybook.Command("run", "fine"), TestPlaybook.Command("ssh", "no capability"));
        var sshStep = (child.Workflow?.Entries ?? []).Where(e => e.Value is ActionStep).Skip(1).First().Key;
        var (callChild, callMissing, missingId) = (TestPlaybook.NewId("playbook-action"), TestPlaybook.NewId("playbook-action"), TestPlaybook.NewId("playbook"));
        var parent = Calling((callChild, child.Id ?? ""), (callMissing, missingId));

        var issues = await EngineWithRun([child]).PreflightAsync(parent, TestContext.Current.CancellationToken);

        Assert.Equal(2, issues.Length);
        var capability = Assert.Single(issues, i => i.CommandType == "ssh");
        Assert.Equal(child.Id, capability.PlaybookId);
        Assert.Equal(sshStep, capability.StepId);
        Assert.Equal([callChild], capability.CallPath);
        var missing = Assert.Single(issues, i => i.CommandType is null);
        Assert.Equal(parent.Id, missing.PlaybookId);
        Assert.Equal(callMissing, missing.StepId);
        Assert.Contains(missingId, missing.Message, StringComparison.Ordinal);
        Assert.Empty(missing.CallPath);
        Assert.Empty(EngineWithRun([child]).Preflight(parent));
    }

    [Fact]
    public async Task PreflightAsync_GrandchildLacksCapability_ReportedWithTheWholeCallPath()
    {
        var grandchild = TestPlaybook.Linear(TestPlaybook.Command("ssh", "x"));
        var (inner, outer) = (TestPlaybook.NewId("playbook-action"), TestPlaybook.NewId("playbook-action"));
        var child = Calling((inner, grandchild.Id ?? ""));
        var parent = Calling((outer, child.Id ?? ""));

        var issues = await EngineWithRun([child, grandchild]).PreflightAsync(parent, TestContext.Current.CancellationToken);

        var issue = Assert.Single(issues);
        Assert.Equal(grandchild.Id, issue.PlaybookId);
        Assert.Equal([outer, inner], issue.CallPath);
    }

    [Fact]
    public async Task PreflightAsync_PlaybookCallsItself_EndsAndReportsNothing()
    {
        var call = TestPlaybook.NewId("playbook-action");
        var builder = new TestPlaybook();
        var end = TestPlaybook.NewId("end");
        var playbook = builder.Step(call, new PlaybookActionStep { PlaybookId = builder.PlaybookId, OnCompletion = end })
            .Step(end, new EndStep())
            .Build(call);

        var issues = await EngineWithRun([playbook]).PreflightAsync(playbook, TestContext.Current.CancellationToken);

        Assert.Empty(issues);
    }

    [Fact]
    public async Task PreflightAsync_ChildRevoked_ReportedAtTheCallingStep()
    {
        var child = TestPlaybook.Linear(TestPlaybook.Command("run", "x")) with { Revoked = true };
        var call = TestPlaybook.NewId("playbook-action");
        var parent = Calling((call, child.Id ?? ""));

        var issues = await EngineWithRun([child]).PreflightAsync(parent, TestContext.Current.CancellationToken);

        var issue = Assert.Single(issues);
        Assert.Equal(call, issue.StepId);
        Assert.Contains("revoked", issue.Message, StringComparison.Ordinal);
    }
}
