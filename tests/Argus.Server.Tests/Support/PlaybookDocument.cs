using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Argus.Server.Tests.Support;

/// <summary>
/// Builds a valid CACAO v2.0 playbook (start -> manual action -> end) with a fresh id, as indented JSON text so a
/// byte-exact round trip is visible; <c>with</c> changes what a test is about.
/// </summary>
public sealed record PlaybookDocument
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public string Id { get; init; } = "playbook--" + Guid.NewGuid();
    public string Modified { get; init; } = "2024-05-01T10:00:00.000Z";
    public string Name { get; init; } = "Contain a phishing campaign";
    public string PlaybookType { get; init; } = "remediation";

    /// <summary>When false, <c>workflow_start</c> is left out, which the validator rejects.</summary>
    public bool HasWorkflowStart { get; init; } = true;

    public string ToText()
    {
        var start = "start--" + Derived("start");
        var action = "action--" + Derived("action");
        var end = "end--" + Derived("end");
        var analyst = "individual--" + Derived("analyst");
        var playbook = new JsonObject
        {
            ["type"] = "playbook",
            ["spec_version"] = "cacao-2.0",
            ["id"] = Id,
            ["name"] = Name,
            ["description"] = "Blocks the sender and resets exposed accounts.",
            ["playbook_types"] = new JsonArray(PlaybookType),
            ["created_by"] = "identity--" + Derived("identity"),
            ["created"] = "2024-01-01T00:00:00.000Z",
            ["modified"] = Modified,
            ["workflow_start"] = start,
            ["workflow"] = new JsonObject
            {
                [start] = new JsonObject { ["type"] = "start", ["on_completion"] = action },
                [action] = new JsonObject
                {
                    ["type"] = "action",
                    ["commands"] = new JsonArray(new JsonObject { ["type"] = "manual", ["command"] = "Block the sender" }),
                    ["agent"] = analyst,
                    ["on_completion"] = end,
                },
                [end] = new JsonObject { ["type"] = "end" },
            },
            ["agent_definitions"] = new JsonObject
            {
                [analyst] = new JsonObject { ["type"] = "individual", ["name"] = "Analyst on duty" },
            },
        };
        if (!HasWorkflowStart)
        {
            playbook.Remove("workflow_start");
        }

        return playbook.ToJsonString(Indented);
    }

    private Guid Derived(string purpose)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(Id + "/" + purpose))[..16];
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40); // a version-4 UUID, as CACAO identifiers expect
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    public static string Stamp(int day) =>
        new DateTime(2024, 5, day, 10, 0, 0, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
