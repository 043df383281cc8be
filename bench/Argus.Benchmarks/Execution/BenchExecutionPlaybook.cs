using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Argus.Benchmarks.Execution;

/// <summary>A valid playbook of <c>start -> N bash actions -> end</c> with fixed ids.</summary>
internal static class BenchExecutionPlaybook
{
    public const string Modified = "2024-05-01T10:00:00.000Z";

    public static string IdFor(int actions) => $"playbook--00000000-0000-4000-8000-{actions:D12}";

    public static byte[] Create(int actions)
    {
        // UUIDs must be unique across all objects, whatever their type prefix.
        string Step(string type, int index) =>
            $"{type}--00000000-0000-4000-9000-{(type switch { "start" => 0, "end" => actions + 1, _ => index }):D12}";
        const string Agent = "individual--00000000-0000-4000-a000-000000000001";
        var workflow = new JsonObject { [Step("start", 0)] = new JsonObject { ["type"] = "start", ["on_completion"] = Step("action", 1) } };
        for (var index = 1; index <= actions; index++)
        {
            workflow[Step("action", index)] = new JsonObject
            {
                ["type"] = "action",
                ["commands"] = new JsonArray(new JsonObject { ["type"] = "bash", ["command"] = "true" }),
                ["agent"] = Agent,
                ["on_completion"] = index < actions ? Step("action", index + 1) : Step("end", 0),
            };
        }

        workflow[Step("end", 0)] = new JsonObject { ["type"] = "end" };
        var playbook = new JsonObject
        {
            ["type"] = "playbook",
            ["spec_version"] = "cacao-2.0",
            ["id"] = IdFor(actions),
            ["name"] = "Engine overhead " + actions.ToString(CultureInfo.InvariantCulture),
            ["created_by"] = "identity--00000000-0000-4000-b000-000000000001",
            ["created"] = "2024-01-01T00:00:00.000Z",
            ["modified"] = Modified,
            ["workflow_start"] = Step("start", 0),
            ["workflow"] = workflow,
            ["agent_definitions"] = new JsonObject { [Agent] = new JsonObject { ["type"] = "individual", ["name"] = "Bench" } },
        };
        return Encoding.UTF8.GetBytes(playbook.ToJsonString());
    }
}
