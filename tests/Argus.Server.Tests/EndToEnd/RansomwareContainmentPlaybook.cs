using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Argus.Server.Tests.EndToEnd;

/// <summary>
/// A CACAO v2.0 containment playbook for a ransomware infection: start -> "Block C2 address" (OpenC2 <c>deny</c>
/// <c>ipv4_connection</c> to <see cref="C2AddressVariable"/>, given at execution time) -> "Isolate infected host"
/// (OpenC2 <c>deny</c> <c>ipv4_connection</c> from <see cref="InfectedHostVariable"/>) -> end. Both actions are
/// <c>openc2-http</c> commands addressed to one http-api agent whose URL is <see cref="ActuatorUrl"/>; each links on
/// with <c>on_success</c>, so a refused command fails the run.
/// </summary>
public sealed record RansomwareContainmentPlaybook
{
    public const string C2AddressVariable = "__c2_address__";
    public const string InfectedHostVariable = "__infected_host__";

    public string Id { get; init; } = "playbook--" + Guid.NewGuid();

    /// <summary>The firewall's OpenC2 endpoint as the playbook names it (only configured actuators are ever contacted).</summary>
    public required string ActuatorUrl { get; init; }

    /// <summary>The playbook's default for <see cref="InfectedHostVariable"/>.</summary>
    public string InfectedHost { get; init; } = "192.0.2.23";

    public string BlockStepId => "action--" + Derived("block");

    public string IsolateStepId => "action--" + Derived("isolate");

    public string ToText() => ToJson().ToJsonString();

    /// <summary>The OpenC2 command of the block step as written in the playbook (the variable not yet substituted).</summary>
    public static string BlockCommand =>
        """{"action":"deny","target":{"ipv4_connection":{"dst_addr":"__c2_address__:value"}},"args":{"response_requested":"complete","slpf":{"direction":"egress"}},"actuator":{"slpf":{}}}""";

    /// <summary>The OpenC2 command of the isolate step as written in the playbook.</summary>
    public static string IsolateCommand =>
        """{"action":"deny","target":{"ipv4_connection":{"src_addr":"__infected_host__:value"}},"args":{"response_requested":"complete"},"actuator":{"slpf":{}}}""";

    public JsonObject ToJson()
    {
        var start = "start--" + Derived("start");
        var end = "end--" + Derived("end");
        var firewall = "http-api--" + Derived("firewall");
        return new JsonObject
        {
            ["type"] = "playbook",
            ["spec_version"] = "cacao-2.0",
            ["id"] = Id,
            ["name"] = "Ransomware containment",
            ["description"] = "Blocks the command-and-control address and isolates the infected host at the edge firewall.",
            ["playbook_types"] = new JsonArray("containment", "mitigation"),
            ["created_by"] = "identity--" + Derived("author"),
            ["created"] = "2025-03-01T08:00:00.000Z",
            ["modified"] = "2025-03-01T08:00:00.000Z",
            ["playbook_variables"] = new JsonObject
            {
                [C2AddressVariable] = new JsonObject
                {
                    ["type"] = "ipv4-addr",
                    ["description"] = "The command-and-control address the ransomware calls, given when the playbook runs.",
                    ["external"] = true,
                },
                [InfectedHostVariable] = new JsonObject { ["type"] = "ipv4-addr", ["value"] = InfectedHost },
            },
            ["agent_definitions"] = new JsonObject
            {
                [firewall] = new JsonObject
                {
                    ["type"] = "http-api",
                    ["name"] = "Edge firewall",
                    ["address"] = new JsonObject { ["url"] = new JsonArray(ActuatorUrl) },
                },
            },
            ["workflow_start"] = start,
            ["workflow"] = new JsonObject
            {
                [start] = new JsonObject { ["type"] = "start", ["on_completion"] = BlockStepId },
                [BlockStepId] = Action("Block C2 address", BlockCommand, firewall, IsolateStepId),
                [IsolateStepId] = Action("Isolate infected host", IsolateCommand, firewall, end),
                [end] = new JsonObject { ["type"] = "end" },
            },
        };
    }

    private static JsonObject Action(string name, string openC2Command, string agent, string next) => new()
    {
        ["type"] = "action",
        ["name"] = name,
        ["commands"] = new JsonArray(new JsonObject
        {
            ["type"] = "openc2-http",
            ["command"] = "POST /.well-known/openc2 HTTP/1.1",
            ["content_b64"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(openC2Command)),
        }),
        ["agent"] = agent,
        ["on_success"] = next,
    };

    private Guid Derived(string purpose)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(Id + "/" + purpose))[..16];
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40); // version 4, as CACAO identifiers expect
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
}
