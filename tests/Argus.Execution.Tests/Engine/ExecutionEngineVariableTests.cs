using System.Text;
using Argus.Cacao.Model;
using Argus.Cacao.Model.AgentTargets;
using Argus.Cacao.Model.Authentication;
using Argus.Cacao.Model.Workflow;
using Argus.Cacao.Serialization;
using Argus.Execution.Capabilities;
using Argus.Execution.Capabilities.Simulation;
using Argus.Execution.Engine;
using Argus.Execution.Status;
using Argus.Execution.Tests.Capabilities;

namespace Argus.Execution.Tests.Engine;

public sealed class ExecutionEngineVariableTests
{
    [Fact]
    public async Task Start_CommandWithVariable_SubstitutedInCopyAndRecordButPlaybookUnchanged()
    {
        var simulation = new SimulationCapability();
        var playbook = TestPlaybook.Linear(TestPlaybook.Command("bash", "block __ip__:value now")) with
        {
            PlaybookVariables = new OrderedMap<Variable>([KeyValuePair.Create("__ip__", TestPlaybook.StringVariable("10.0.0.7"))]),
        };
        var before = Convert.ToBase64String(CacaoWriter.WriteCanonical(playbook));

        var run = await EngineRun.RunAsync(playbook, EngineRun.Engine(CapabilityRegistry.Empty.WithFallback(simulation)));

        Assert.Equal("block 10.0.0.7 now", Assert.Single(simulation.Invocations).CommandText);
        var encoded = Assert.Single(run.Invocations.Single(i => i.StepType == "action").Record.CommandB64);
        Assert.Equal("block 10.0.0.7 now", Encoding.UTF8.GetString(Convert.FromBase64String(encoded)));
        Assert.Equal(before, Convert.ToBase64String(CacaoWriter.WriteCanonical(playbook)));
    }

    [Fact]
    public async Task Start_RequestVariable_OverridesPlaybookValue()
    {
        var simulation = new SimulationCapability();
        var playbook = TestPlaybook.Linear(TestPlaybook.Command("bash", "ping __host__:value")) with
        {
            PlaybookVariables = new OrderedMap<Variable>([KeyValuePair.Create("__host__", TestPlaybook.StringVariable("a"))]),
        };

        await EngineRun.RunAsync(playbook, EngineRun.Engine(CapabilityRegistry.Empty.WithFallback(simulation)), TestPlaybook.Values(("__host__", "b")));

        Assert.Equal("ping b", Assert.Single(simulation.Invocations).CommandText);
    }

    [Fact]
    public async Task Start_CredentialsInCommandAndTarget_AbsentFromCommandB64ButGivenToCapability()
    {
        var simulation = new SimulationCapability();
        var (action, end, agentId, authId) = (TestPlaybook.NewId("action"), TestPlaybook.NewId("end"), TestPlaybook.NewId("ssh"), TestPlaybook.NewId("user-auth"));
        var playbook = new TestPlaybook()
            .Variable("__pw__", TestPlaybook.StringVariable("hunter2-secret"))
            .Authentication(authId, new AuthenticationInfo { Type = "user-auth", Username = "root", Password = "__pw__:value" })
            .Agent(agentId, new AgentTarget { Type = "ssh", Name = "box", AuthenticationInfo = authId })
            .Step(action, new ActionStep { Commands = [TestPlaybook.Command("ssh", "echo __pw__:value | sudo -S id")], Agent = agentId, OnCompletion = end })
            .Step(end, new EndStep())
            .Build(action);

        var run = await EngineRun.RunAsync(playbook, EngineRun.Engine(CapabilityRegistry.Empty.WithFallback(simulation)));

        var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(Assert.Single(run.Single(action).Record.CommandB64)));
        Assert.DoesNotContain("hunter2-secret", decoded, StringComparison.Ordinal);
        Assert.Contains("[redacted]", decoded, StringComparison.Ordinal);
        Assert.Equal(agentId, run.Single(action).Record.ExecutedBy);
        Assert.Equal("hunter2-secret", Assert.Single(simulation.Invocations).AuthenticationInfo?.Password);
    }

    [Fact]
    public async Task Start_OutArgsWritesConstant_StepFailsWithClientSideError()
    {
        var (action, end) = (TestPlaybook.NewId("action"), TestPlaybook.NewId("end"));
        var playbook = new TestPlaybook().Variable("__fixed__", TestPlaybook.StringVariable("keep", constant: true))
            .Step(action, new ActionStep { Commands = [TestPlaybook.Command("emit", "x")], OutArgs = ["__fixed__"], OnSuccess = end })
            .Step(end, new EndStep())
            .Build(action);
        var engine = EngineRun.Engine(CapabilityRegistry.Empty.With(new TestCapabilities.Returning("emit", TestPlaybook.Values(("__fixed__", "changed")))));

        var run = await EngineRun.RunAsync(playbook, engine);

        Assert.Equal(ExecutionStatus.ClientSideError, run.Single(action).Record.Status);
        Assert.Equal("keep", run.Result.Variables["__fixed__"]);
    }

    [Fact]
    public async Task Start_PlaybookAction_PassesInArgsToExternalAndCopiesOutArgsBack()
    {
        var (childAction, childEnd) = (TestPlaybook.NewId("action"), TestPlaybook.NewId("end"));
        var child = new TestPlaybook()
            .Variable("__target__", TestPlaybook.StringVariable("default", external: true))
            .Variable("__secret__", TestPlaybook.StringVariable("child-own"))
            .Variable("__answer__", TestPlaybook.StringVariable(""))
            .Step(childAction, new ActionStep { Commands = [TestPlaybook.Command("emit", "scan __target__:value __secret__:value")], OutArgs = ["__answer__"], OnSuccess = childEnd })
            .Step(childEnd, new EndStep())
            .Build(childAction);
        var (call, end) = (TestPlaybook.NewId("playbook-action"), TestPlaybook.NewId("end"));
        var parent = new TestPlaybook()
            .Variable("__target__", TestPlaybook.StringVariable("10.1.1.1"))
            .Variable("__secret__", TestPlaybook.StringVariable("parent-value"))
            .Variable("__answer__", TestPlaybook.StringVariable("none"))
            .Step(call, new PlaybookActionStep { PlaybookId = child.Id, InArgs = ["__target__", "__secret__"], OutArgs = ["__answer__"], OnSuccess = end })
            .Step(end, new EndStep())
            .Build(call);
        var emit = new TestCapabilities.Returning("emit", TestPlaybook.Values(("__answer__", "42")));
        var engine = EngineRun.Engine(CapabilityRegistry.Empty.With(emit), library: [child]);

        var run = await EngineRun.RunAsync(parent, engine);

        Assert.Equal(ExecutionOutcome.Completed, run.Result.Outcome);
        Assert.Equal("scan 10.1.1.1 child-own", Assert.Single(emit.Seen).CommandText);
        Assert.Equal("42", run.Result.Variables["__answer__"]);
        var childRecord = run.Single(childAction);
        Assert.Equal(child.Id, childRecord.Record.WorkflowId);
        Assert.Equal("/" + call, childRecord.BranchPath);
        await Argus.Execution.Tests.Status.StatusSchemaOracle.AssertValidAsync(run.Journal.StatusRecords);
    }

    [Fact]
    public async Task Start_StepVariablesOfIfStep_VisibleInItsBranchOnly()
    {
        var simulation = new SimulationCapability();
        var (ifId, inner, innerEnd, after, end) = (TestPlaybook.NewId("if-condition"), TestPlaybook.NewId("action"), TestPlaybook.NewId("end"), TestPlaybook.NewId("action"), TestPlaybook.NewId("end"));
        var playbook = new TestPlaybook()
            .Step(ifId, new IfConditionStep
            {
                Condition = "__mode__:value = 'on'",
                StepVariables = new OrderedMap<Variable>([KeyValuePair.Create("__mode__", TestPlaybook.StringVariable("on"))]),
                OnTrue = inner,
                OnCompletion = after,
            })
            .Step(inner, new ActionStep { Commands = [TestPlaybook.Command("bash", "inner __mode__:value")], OnCompletion = innerEnd })
            .Step(innerEnd, new EndStep())
            .Step(after, new ActionStep { Commands = [TestPlaybook.Command("bash", "after __mode__:value")], OnCompletion = end })
            .Step(end, new EndStep())
            .Build(ifId);

        await EngineRun.RunAsync(playbook, EngineRun.Engine(CapabilityRegistry.Empty.WithFallback(simulation)));

        Assert.Equal(["inner on", "after __mode__:value"], simulation.Invocations.Select(i => i.CommandText));
    }

    [Fact]
    public async Task Start_AgentAndHeadersWithVariables_CapabilityGetsSubstitutedCopies()
    {
        var simulation = new SimulationCapability();
        var (action, end, agentId) = (TestPlaybook.NewId("action"), TestPlaybook.NewId("end"), TestPlaybook.NewId("http-api"));
        var agent = new AgentTarget
        {
            Type = "http-api",
            Name = "api",
            Address = new OrderedMap<System.Collections.Immutable.ImmutableArray<string>>([KeyValuePair.Create("dname", System.Collections.Immutable.ImmutableArray.Create("__host__:value"))]),
        };
        var command = TestPlaybook.Command("http-api", "GET /") with
        {
            Headers = new OrderedMap<System.Collections.Immutable.ImmutableArray<string>>([KeyValuePair.Create("X-Case", System.Collections.Immutable.ImmutableArray.Create("__case__:value"))]),
        };
        var playbook = new TestPlaybook()
            .Variable("__host__", TestPlaybook.StringVariable("api.example.org"))
            .Variable("__case__", TestPlaybook.StringVariable("C-17"))
            .Agent(agentId, agent)
            .Step(action, new ActionStep { Commands = [command], Agent = agentId, OnCompletion = end })
            .Step(end, new EndStep())
            .Build(action);

        await EngineRun.RunAsync(playbook, EngineRun.Engine(CapabilityRegistry.Empty.WithFallback(simulation)));

        var invocation = Assert.Single(simulation.Invocations);
        Assert.Equal("api.example.org", invocation.Agent?.Address?["dname"][0]);
        Assert.Equal("C-17", invocation.Command.Headers?["X-Case"][0]);
        Assert.Equal("__host__:value", playbook.AgentDefinitions?[agentId].Address?["dname"][0]);
    }

    [Fact]
    public async Task Start_PlaybookActionUnknownPlaybook_ClientSideError()
    {
        var (call, end) = (TestPlaybook.NewId("playbook-action"), TestPlaybook.NewId("end"));
        var parent = new TestPlaybook()
            .Step(call, new PlaybookActionStep { PlaybookId = TestPlaybook.NewId("playbook"), OnSuccess = end })
            .Step(end, new EndStep())
            .Build(call);

        var run = await EngineRun.RunAsync(parent);

        Assert.Equal(ExecutionStatus.ClientSideError, run.Single(call).Record.Status);
        Assert.Equal(ExecutionOutcome.Failed, run.Result.Outcome);
    }
}
