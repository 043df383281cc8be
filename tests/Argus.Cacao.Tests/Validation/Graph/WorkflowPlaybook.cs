using System.Text.Json.Nodes;

namespace Argus.Cacao.Tests.Validation.Graph;

/// <summary>
/// Builds synthetic playbooks as JSON text for the graph, reference and variable rule tests. Starts from a minimal
/// valid playbook (start -> action -> end, one agent) and changes it step by step.
/// </summary>
internal sealed class WorkflowPlaybook
{
    public static readonly string StartId = Id("start", 1);
    public static readonly string ActionId = Id("action", 2);
    public static readonly string EndId = Id("end", 3);
    public static readonly string AgentId = Id("individual", 4);

    private readonly JsonObject _root;

    private WorkflowPlaybook(JsonObject root) => _root = root;

    private JsonObject Workflow => (JsonObject)_root["workflow"]!;

    /// <summary>An identifier of the given type whose UUID part is built from <paramref name="number"/>.</summary>
    public static string Id(string type, int number) => $"{type}--00000000-0000-4000-8000-{number:x12}";

    public static WorkflowPlaybook Minimal() => new(new JsonObject
    {
        ["type"] = "playbook",
        ["spec_version"] = "cacao-2.0",
        ["id"] = Id("playbook", 100),
        ["name"] = "graph rule fixture",
        ["created_by"] = Id("identity", 101),
        ["created"] = "2024-01-01T00:00:00.000Z",
        ["modified"] = "2024-01-01T00:00:00.000Z",
        ["workflow_start"] = StartId,
        ["workflow"] = new JsonObject
        {
            [StartId] = new JsonObject { ["type"] = "start", ["on_completion"] = ActionId },
            [ActionId] = ActionStep(EndId),
            [EndId] = new JsonObject { ["type"] = "end" },
        },
        ["agent_definitions"] = new JsonObject
        {
            [AgentId] = new JsonObject { ["type"] = "individual", ["name"] = "analyst" },
        },
    });

    /// <summary>An action step with one manual command, run by <see cref="AgentId"/>, continuing at <paramref name="next"/>.</summary>
    public static JsonObject ActionStep(string? next, string command = "look around")
    {
        var step = new JsonObject
        {
            ["type"] = "action",
            ["commands"] = new JsonArray(new JsonObject { ["type"] = "manual", ["command"] = command }),
            ["agent"] = AgentId,
        };
        if (next is not null)
        {
            step["on_completion"] = next;
        }

        return step;
    }

    public static JsonObject EndStep() => new() { ["type"] = "end" };

    /// <summary>Adds or replaces a top-level property; null removes it.</summary>
    public WorkflowPlaybook Set(string property, JsonNode? value)
    {
        if (value is null)
        {
            _root.Remove(property);
        }
        else
        {
            _root[property] = value;
        }

        return this;
    }

    /// <summary>Adds or replaces a step.</summary>
    public WorkflowPlaybook Step(string id, JsonNode step)
    {
        Workflow[id] = step;
        return this;
    }

    public WorkflowPlaybook RemoveStep(string id)
    {
        Workflow.Remove(id);
        return this;
    }

    /// <summary>Sets (or with null removes) one property of an existing step.</summary>
    public WorkflowPlaybook StepProperty(string id, string property, JsonNode? value)
    {
        var step = (JsonObject)Workflow[id]!;
        if (value is null)
        {
            step.Remove(property);
        }
        else
        {
            step[property] = value;
        }

        return this;
    }

    /// <summary>Adds or replaces an entry of a definitions dictionary (<c>agent_definitions</c>, …), creating it.</summary>
    public WorkflowPlaybook Define(string dictionary, string key, JsonNode definition)
    {
        if (_root[dictionary] is not JsonObject entries)
        {
            entries = [];
            _root[dictionary] = entries;
        }

        entries[key] = definition;
        return this;
    }

    public string ToJson() => _root.ToJsonString();

    public override string ToString() => ToJson();
}
