using System.Text;
using System.Text.Json;
using Argus.Cacao.Model;
using Argus.Cacao.Model.AgentTargets;
using Argus.Cacao.Model.Commands;
using Argus.Cacao.Model.Workflow;
using Argus.Cacao.Serialization;

namespace Argus.Cacao.Tests.Model;

/// <summary>Playbooks built in code for tests: change them with <c>with</c>.</summary>
internal static class TestPlaybooks
{
    public const string StartId = "start--11111111-1111-4111-8111-111111111111";
    public const string ActionId = "action--22222222-2222-4222-8222-222222222222";
    public const string EndId = "end--33333333-3333-4333-8333-333333333333";
    public const string AgentId = "individual--44444444-4444-4444-8444-444444444444";

    /// <summary>start -> action (one manual command) -> end, with one agent.</summary>
    public static Playbook Minimal() => new()
    {
        Type = "playbook",
        SpecVersion = "cacao-2.0",
        Id = "playbook--00000000-0000-4000-8000-000000000000",
        Name = "Minimal",
        CreatedBy = "identity--5abe695c-7bd5-4c31-8824-2528696cdbf1",
        Created = "2023-11-20T15:56:00.000Z",
        Modified = "2023-11-20T15:56:00.000Z",
        WorkflowStart = StartId,
        Workflow = new OrderedMap<WorkflowStep>(
        [
            KeyValuePair.Create<string, WorkflowStep>(StartId, new StartStep { OnCompletion = ActionId }),
            KeyValuePair.Create<string, WorkflowStep>(ActionId, new ActionStep
            {
                Name = "Ask",
                Agent = AgentId,
                Commands = [new CommandData { Type = CommandTypes.Manual, Command = "Check the firewall" }],
                OnCompletion = EndId,
            }),
            KeyValuePair.Create<string, WorkflowStep>(EndId, new EndStep()),
        ]),
        AgentDefinitions = new OrderedMap<AgentTarget>(
        [
            KeyValuePair.Create(AgentId, new AgentTarget { Type = AgentTargetTypes.Individual, Name = "Analyst" }),
        ]),
    };

    /// <summary>Reads JSON text that the test expects to be readable.</summary>
    public static Playbook Read(string json)
    {
        var result = CacaoReader.Read(Encoding.UTF8.GetBytes(json));
        return Assert.IsType<CacaoReadResult.Parsed>(result).Playbook;
    }

    /// <summary>Writes compact JSON as text.</summary>
    public static string WriteText(Playbook playbook) => Encoding.UTF8.GetString(CacaoWriter.Write(playbook));

    /// <summary>Asserts that an optional model property is present and returns it.</summary>
    public static T Present<T>(T? value)
        where T : class
    {
        Assert.NotNull(value);
        return value;
    }

    /// <summary>A self-contained JSON value.</summary>
    public static JsonElement JsonValue(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
