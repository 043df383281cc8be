using System.Collections.Immutable;
using System.Text;
using Argus.Cacao.Model;
using Argus.Cacao.Model.AgentTargets;
using Argus.Cacao.Model.Commands;
using Argus.Cacao.Model.Workflow;

namespace Argus.Execution.Tests.Capabilities.OpenC2;

/// <summary>Builds openc2-http commands, http-api targets and playbooks of OpenC2 action steps.</summary>
internal static class OpenC2Steps
{
    public const string StartLine = "POST /.well-known/openc2 HTTP/1.1";

    /// <summary>Deny traffic from one IPv4 address (SLPF), asking for the complete result.</summary>
    public static string DenyIp(string address) =>
        """{"action":"deny","target":{"ipv4_net":""" + Quoted(address)
        + """},"args":{"response_requested":"complete"},"actuator":{"slpf":{}}}""";

    /// <summary>Isolate a host as an SLPF can: deny every connection from it.</summary>
    public static string IsolateHost(string address) =>
        """{"action":"deny","target":{"ipv4_connection":{"src_addr":""" + Quoted(address)
        + """}},"args":{"response_requested":"complete","slpf":{"direction":"both"}},"actuator":{"slpf":{}}}""";

    private static string Quoted(string text) => System.Text.Json.JsonSerializer.Serialize(text);

    public static CommandData Command(string openc2Json, string type = "openc2-http") => new()
    {
        Type = type,
        Command = StartLine,
        ContentBase64 = Convert.ToBase64String(Encoding.UTF8.GetBytes(openc2Json)),
    };

    public static AgentTarget HttpApiTarget(string url, string name = "firewall") => new()
    {
        Type = "http-api",
        Name = name,
        Address = new OrderedMap<ImmutableArray<string>>([KeyValuePair.Create("url", ImmutableArray.Create(url))]),
    };

    /// <summary>start -> one action step per command, each aimed at <paramref name="targetId"/> -> end.</summary>
    public static (Playbook Playbook, ImmutableArray<string> StepIds) Linear(
        string targetId, AgentTarget target, params (CommandData Command, ImmutableArray<string>? OutArgs)[] steps)
    {
        var builder = new TestPlaybook();
        var end = TestPlaybook.NewId("end");
        var ids = steps.Select(_ => TestPlaybook.NewId("action")).ToImmutableArray();
        for (var i = 0; i < steps.Length; i++)
        {
            builder.Step(ids[i], new ActionStep
            {
                Commands = [steps[i].Command],
                Targets = steps[i].Command.Type is "openc2-http" or "openc2" ? [targetId] : null,
                OutArgs = steps[i].OutArgs,
                OnCompletion = i + 1 < ids.Length ? ids[i + 1] : end,
            });
        }

        builder.Step(end, new EndStep());
        var playbook = builder.Build(ids[0]) with
        {
            TargetDefinitions = new OrderedMap<AgentTarget>([KeyValuePair.Create(targetId, target)]),
        };
        return (playbook, ids);
    }

    /// <summary>One openc2-http step aimed at the given target.</summary>
    public static (Playbook Playbook, string StepId) Single(CommandData command, AgentTarget target, long? timeoutMs = null)
    {
        var targetId = TestPlaybook.NewId("http-api");
        var (playbook, ids) = Linear(targetId, target, (command, null));
        if (timeoutMs is { } timeout)
        {
            var step = (ActionStep)playbook.Workflow![ids[0]];
            playbook = playbook with { Workflow = playbook.Workflow.SetItem(ids[0], step with { Timeout = timeout }) };
        }

        return (playbook, ids[0]);
    }
}
