using System.Text.Json.Nodes;

namespace Argus.Cli.Tests;

/// <summary>CACAO playbook documents for the CLI tests, built as JSON nodes.</summary>
internal static class TestPlaybooks
{
    private const string StartId = "start--3f2b8c1a-7d4e-4a6b-9c8d-1e2f3a4b5c6d";
    private const string IfId = "if-condition--7a1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e";
    private const string ActionId = "action--4b5c6d7e-8f9a-4b0c-9d1e-2f3a4b5c6d7e";
    private const string AgentId = "individual--6c7d8e9f-0a1b-4c2d-8e3f-4a5b6c7d8e9f";
    private const string BranchEndId = "end--0c9b8a7f-6e5d-4c3b-a2f1-e0d9c8b7a6f5";
    private const string EndId = "end--5e4d3c2b-1a0f-4e9d-8c7b-6a5f4e3d2c1b";

    /// <summary>
    /// A complete playbook: start, an if-condition whose true branch runs a manual action and ends in its own end
    /// step, then the final end.
    /// </summary>
    /// <param name="condition">The if-condition's condition.</param>
    public static string WithCondition(string condition)
    {
        var playbook = new JsonObject
        {
            ["type"] = "playbook",
            ["spec_version"] = "cacao-2.0",
            ["id"] = "playbook--8d7c6b5a-4f3e-4d2c-9b1a-0f9e8d7c6b5a",
            ["name"] = "CLI test playbook",
            ["description"] = "Checks a flag and ends.",
            ["created_by"] = "identity--2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e",
            ["created"] = "2025-01-01T00:00:00.000Z",
            ["modified"] = "2025-01-01T00:00:00.000Z",
            ["playbook_variables"] = new JsonObject
            {
                ["__flag__"] = new JsonObject { ["type"] = "string", ["value"] = "yes" },
            },
            ["agent_definitions"] = new JsonObject
            {
                [AgentId] = new JsonObject { ["type"] = "individual", ["name"] = "Analyst on duty" },
            },
            ["workflow_start"] = StartId,
            ["workflow"] = new JsonObject
            {
                [StartId] = new JsonObject { ["type"] = "start", ["on_completion"] = IfId },
                [IfId] = new JsonObject
                {
                    ["type"] = "if-condition",
                    ["condition"] = condition,
                    ["on_true"] = ActionId,
                    ["on_completion"] = EndId,
                },
                [ActionId] = new JsonObject
                {
                    ["type"] = "action",
                    ["commands"] = new JsonArray(new JsonObject { ["type"] = "manual", ["command"] = "Confirm the flag" }),
                    ["agent"] = AgentId,
                    ["on_completion"] = BranchEndId,
                },
                [BranchEndId] = new JsonObject { ["type"] = "end" },
                [EndId] = new JsonObject { ["type"] = "end" },
            },
        };
        return playbook.ToJsonString();
    }

    /// <summary>A playbook with no issue at all.</summary>
    public static string Valid() => WithCondition("__flag__:value = 'yes'");

    /// <summary>A playbook whose only issue is a warning (an unquoted literal in its condition).</summary>
    public static string WarningOnly() => WithCondition("__flag__:value = yes");

    /// <summary>A playbook with an error (a condition that does not parse).</summary>
    public static string Invalid() => WithCondition("__flag__:value = 'yes");
}
