using System.Text.Json.Nodes;

namespace Argus.Cacao.Tests.Validation.Conditions;

/// <summary>Builds small CACAO playbooks around one condition-bearing step.</summary>
internal static class ConditionPlaybooks
{
    public const string StepId = "if-condition--0b3f5c4e-1d2a-4c55-9b7e-2f5d8a1c9e01";
    public const string EndId = "end--6a0e8f2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b";
    private const string StartId = "start--9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a";

    /// <summary>A playbook whose workflow is start → the given step → end.</summary>
    public static string With(JsonObject step)
    {
        step["on_completion"] = EndId;
        var playbook = new JsonObject
        {
            ["type"] = "playbook",
            ["spec_version"] = "cacao-2.0",
            ["id"] = "playbook--5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e",
            ["name"] = "condition test",
            ["created_by"] = "identity--1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
            ["created"] = "2025-01-01T00:00:00.000Z",
            ["modified"] = "2025-01-01T00:00:00.000Z",
            ["workflow_start"] = StartId,
            ["workflow"] = new JsonObject
            {
                [StartId] = new JsonObject { ["type"] = "start", ["on_completion"] = StepId },
                [StepId] = step,
                [EndId] = new JsonObject { ["type"] = "end" },
            },
        };
        return playbook.ToJsonString();
    }

    public static string If(string condition) =>
        With(new JsonObject { ["type"] = "if-condition", ["condition"] = condition, ["on_true"] = EndId });

    public static string While(string condition) =>
        With(new JsonObject { ["type"] = "while-condition", ["condition"] = condition, ["on_true"] = EndId });

    public static string Switch(JsonNode? switchValue) =>
        With(new JsonObject
        {
            ["type"] = "switch-condition",
            ["switch"] = switchValue,
            ["cases"] = new JsonObject { ["default"] = EndId },
        });
}
