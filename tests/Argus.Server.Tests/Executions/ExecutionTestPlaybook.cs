using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Argus.Server.Tests.Executions;

/// <summary>
/// A valid playbook for worker tests: start -> <see cref="Actions"/> action steps in sequence -> end, each action
/// with one <see cref="CommandType"/> command and <see cref="StepDelayMs"/> of CACAO <c>delay</c>; the action at
/// <see cref="ManualAction"/> (when set) is a manual command whose answer fills <c>__answer__</c>. With
/// <see cref="Parallel"/> the actions run as branches of one parallel step instead, each ending at its own end step,
/// so the parallel step stays <c>ongoing</c> for as long as the delays last.
/// </summary>
public sealed record ExecutionTestPlaybook
{
    public const string AnswerVariable = "__answer__";

    public string Id { get; init; } = "playbook--" + Guid.NewGuid();
    public int Actions { get; init; } = 2;

    /// <summary>CACAO <c>delay</c> (milliseconds) before each action step.</summary>
    public int StepDelayMs { get; init; }

    /// <summary>The command type of the non-manual actions (bash: simulated in EXERCISE, no capability in LIVE).</summary>
    public string CommandType { get; init; } = "bash";

    /// <summary>The 0-based index of the action that asks an operator, or null.</summary>
    public int? ManualAction { get; init; }

    /// <summary>When set, the first action is a playbook-action step calling this playbook instead.</summary>
    public string? CalledPlaybookId { get; init; }

    /// <summary>Runs the actions as concurrent branches of <see cref="ParallelStepId"/>.</summary>
    public bool Parallel { get; init; }

    public string Modified => "2024-05-01T10:00:00.000Z";

    public string StartStepId => "start--" + Derived("start");

    public string EndStepId => "end--" + Derived("end");

    public string ParallelStepId => "parallel--" + Derived("parallel");

    public string ActionStepId(int index) => "action--" + Derived("action" + index.ToString(CultureInfo.InvariantCulture));

    public byte[] ToBytes() => Encoding.UTF8.GetBytes(ToJson().ToJsonString());

    public JsonObject ToJson()
    {
        var analyst = "individual--" + Derived("analyst");
        var workflow = new JsonObject
        {
            [StartStepId] = new JsonObject
            {
                ["type"] = "start",
                ["on_completion"] = Parallel ? ParallelStepId : Actions > 0 ? ActionStepId(0) : EndStepId,
            },
        };
        if (Parallel)
        {
            workflow[ParallelStepId] = new JsonObject
            {
                ["type"] = "parallel",
                ["next_steps"] = new JsonArray([.. Enumerable.Range(0, Actions).Select(i => (JsonNode?)JsonValue.Create(ActionStepId(i)))]),
                ["on_completion"] = EndStepId,
            };
        }

        for (var index = 0; index < Actions; index++)
        {
            var isManual = index == ManualAction;
            var next = Parallel ? BranchEndStepId(index) : index + 1 < Actions ? ActionStepId(index + 1) : EndStepId;
            if (index == 0 && CalledPlaybookId is { } called)
            {
                workflow[ActionStepId(index)] = new JsonObject
                {
                    ["type"] = "playbook-action",
                    ["playbook_id"] = called,
                    ["on_completion"] = next,
                };
                continue;
            }

            var step = new JsonObject
            {
                ["type"] = "action",
                ["commands"] = new JsonArray(new JsonObject
                {
                    ["type"] = isManual ? "manual" : CommandType,
                    ["command"] = isManual ? "Confirm the sender is blocked" : $"echo step {index}",
                }),
                ["agent"] = analyst,
                ["on_completion"] = next,
            };
            if (StepDelayMs > 0)
            {
                step["delay"] = StepDelayMs;
            }

            if (isManual)
            {
                step["out_args"] = new JsonArray(AnswerVariable);
            }

            workflow[ActionStepId(index)] = step;
            if (Parallel)
            {
                workflow[BranchEndStepId(index)] = new JsonObject { ["type"] = "end" };
            }
        }

        workflow[EndStepId] = new JsonObject { ["type"] = "end" };
        return new JsonObject
        {
            ["type"] = "playbook",
            ["spec_version"] = "cacao-2.0",
            ["id"] = Id,
            ["name"] = "Worker test playbook",
            ["playbook_types"] = new JsonArray("remediation"),
            ["created_by"] = "identity--" + Derived("identity"),
            ["created"] = "2024-01-01T00:00:00.000Z",
            ["modified"] = Modified,
            ["workflow_start"] = StartStepId,
            ["workflow"] = workflow,
            ["playbook_variables"] = new JsonObject
            {
                [AnswerVariable] = new JsonObject { ["type"] = "string", ["value"] = "" },
            },
            ["agent_definitions"] = new JsonObject
            {
                [analyst] = new JsonObject { ["type"] = "individual", ["name"] = "Analyst on duty" },
            },
        };
    }

    private string BranchEndStepId(int index) => "end--" + Derived("end" + index.ToString(CultureInfo.InvariantCulture));

    private Guid Derived(string purpose)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(Id + "/" + purpose))[..16];
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40); // a version-4 UUID, as CACAO identifiers expect
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
}
