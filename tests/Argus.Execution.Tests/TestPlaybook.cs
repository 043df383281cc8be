using System.Collections.Immutable;
using System.Text.Json;
using Argus.Cacao.Model;
using Argus.Cacao.Model.AgentTargets;
using Argus.Cacao.Model.Authentication;
using Argus.Cacao.Model.Commands;
using Argus.Cacao.Model.Workflow;

namespace Argus.Execution.Tests;

/// <summary>Builds playbooks step by step with fresh ids, for the engine tests.</summary>
internal sealed class TestPlaybook
{
    private readonly List<KeyValuePair<string, WorkflowStep>> _steps = [];
    private readonly List<KeyValuePair<string, Variable>> _variables = [];
    private readonly List<KeyValuePair<string, AgentTarget>> _agents = [];
    private readonly List<KeyValuePair<string, AuthenticationInfo>> _auth = [];

    public string PlaybookId { get; } = NewId("playbook");

    public static string NewId(string type) => $"{type}--{Guid.NewGuid():D}";

    public static CommandData Command(string type, string text) => new() { Type = type, Command = text };

    public static Variable StringVariable(string value, bool constant = false, bool external = false) => new()
    {
        Type = "string",
        Value = JsonSerializer.SerializeToElement(value),
        Constant = constant ? true : null,
        External = external ? true : null,
    };

    public static Variable IntegerVariable(long value) => new()
    {
        Type = "integer",
        Value = JsonSerializer.SerializeToElement(value),
    };

    public TestPlaybook Step(string id, WorkflowStep step)
    {
        _steps.Add(KeyValuePair.Create(id, step));
        return this;
    }

    public TestPlaybook Variable(string name, Variable variable)
    {
        _variables.Add(KeyValuePair.Create(name, variable));
        return this;
    }

    public TestPlaybook Agent(string id, AgentTarget agent)
    {
        _agents.Add(KeyValuePair.Create(id, agent));
        return this;
    }

    public TestPlaybook Authentication(string id, AuthenticationInfo info)
    {
        _auth.Add(KeyValuePair.Create(id, info));
        return this;
    }

    /// <summary>start -> the given steps (already linked by the caller) ; the start step points at <paramref name="first"/>.</summary>
    public Playbook Build(string first, string? workflowException = null)
    {
        var start = NewId("start");
        return new Playbook
        {
            Type = "playbook",
            SpecVersion = "cacao-2.0",
            Id = PlaybookId,
            Name = "engine test",
            CreatedBy = "identity--2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e",
            Created = "2025-01-01T00:00:00.000Z",
            Modified = "2025-01-01T00:00:00.000Z",
            WorkflowStart = start,
            WorkflowException = workflowException,
            Workflow = new OrderedMap<WorkflowStep>([KeyValuePair.Create(start, (WorkflowStep)new StartStep { OnCompletion = first }), .. _steps]),
            PlaybookVariables = _variables.Count == 0 ? null : new OrderedMap<Variable>(_variables),
            AgentDefinitions = _agents.Count == 0 ? null : new OrderedMap<AgentTarget>(_agents),
            AuthenticationInfoDefinitions = _auth.Count == 0 ? null : new OrderedMap<AuthenticationInfo>(_auth),
        };
    }

    /// <summary>A linear playbook: start -> one action per command -> end.</summary>
    public static Playbook Linear(params CommandData[] commands)
    {
        var builder = new TestPlaybook();
        var end = NewId("end");
        var ids = commands.Select(_ => NewId("action")).ToArray();
        for (var i = 0; i < commands.Length; i++)
        {
            builder.Step(ids[i], new ActionStep { Commands = [commands[i]], OnCompletion = i + 1 < ids.Length ? ids[i + 1] : end });
        }

        builder.Step(end, new EndStep());
        return builder.Build(ids.Length > 0 ? ids[0] : end);
    }

    public static ImmutableDictionary<string, string> Values(params (string Name, string Value)[] values) =>
        values.ToImmutableDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
}
