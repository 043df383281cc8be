using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Argus.Testing;

/// <summary>
/// Builds a valid CACAO v2.0 playbook (start -> manual action -> end) with fresh ids; <c>with</c> changes what a test is about.
/// </summary>
public sealed record TestPlaybook
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };
    private static readonly DateTimeOffset Created = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public string Id { get; init; } = "playbook--" + Guid.NewGuid();
    public DateTimeOffset Modified { get; init; } = new(2024, 5, 1, 10, 0, 0, TimeSpan.Zero);
    public string Name { get; init; } = "Contain a phishing campaign";
    public string? Description { get; init; } = "Blocks the sender and resets exposed accounts.";
    public IReadOnlyList<string> PlaybookTypes { get; init; } = ["remediation"];
    public IReadOnlyList<string> Labels { get; init; } = [];

    /// <summary>When set, a marking-statement with this text is defined and applied.</summary>
    public string? MarkingStatement { get; init; }

    /// <summary>When set, an http-basic authentication definition with this password is included.</summary>
    public string? Password { get; init; }

    /// <summary>When false, <c>workflow_start</c> is left out, which the validator rejects.</summary>
    public bool HasWorkflowStart { get; init; } = true;

    public static TestPlaybook Minimal() => new();

    /// <summary>A <see cref="Modified"/> on the given day of May 2024, for tests that need several versions.</summary>
    public static DateTimeOffset OnDay(int day) => new(2024, 5, day, 10, 0, 0, TimeSpan.Zero);

    public string ModifiedText => Stamp(Modified);

    public byte[] ToBytes() => Encoding.UTF8.GetBytes(ToJson().ToJsonString());

    /// <summary>Indented JSON text, so that a byte-exact round trip through an API is visible.</summary>
    public string ToText() => ToJson().ToJsonString(Indented);

    public JsonObject ToJson()
    {
        // Derived from the playbook id, so the same builder always makes the same bytes.
        var start = "start--" + Derived("start");
        var action = "action--" + Derived("action");
        var end = "end--" + Derived("end");
        var analyst = "individual--" + Derived("analyst");
        var identity = "identity--" + Derived("identity");
        var playbook = new JsonObject
        {
            ["type"] = "playbook",
            ["spec_version"] = "cacao-2.0",
            ["id"] = Id,
            ["name"] = Name,
            ["playbook_types"] = new JsonArray([.. PlaybookTypes.Select(t => (JsonNode?)JsonValue.Create(t))]),
            ["created_by"] = identity,
            ["created"] = Stamp(Created),
            ["modified"] = ModifiedText,
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

        if (Description is not null)
        {
            playbook["description"] = Description;
        }

        if (Labels.Count > 0)
        {
            playbook["labels"] = new JsonArray([.. Labels.Select(l => (JsonNode?)JsonValue.Create(l))]);
        }

        if (MarkingStatement is not null)
        {
            var marking = "marking-statement--" + Derived("marking");
            playbook["markings"] = new JsonArray(marking);
            playbook["data_marking_definitions"] = new JsonObject
            {
                [marking] = new JsonObject
                {
                    ["type"] = "marking-statement",
                    ["id"] = marking,
                    ["created_by"] = identity,
                    ["created"] = Stamp(Created),
                    ["statement"] = MarkingStatement,
                },
            };
        }

        if (Password is not null)
        {
            playbook["authentication_info_definitions"] = new JsonObject
            {
                ["http-basic--" + Derived("auth")] = new JsonObject
                {
                    ["type"] = "http-basic",
                    ["user_id"] = "operator",
                    ["password"] = Password,
                },
            };
        }

        return playbook;
    }

    private Guid Derived(string purpose)
    {
        var bytes = System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(Id + "/" + purpose))[..16];
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40); // a version-4 UUID, as CACAO identifiers expect
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    private static string Stamp(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
