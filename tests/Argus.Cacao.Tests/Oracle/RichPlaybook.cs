using System.Text.Json.Nodes;
using Argus.Cacao.Vocabularies;

namespace Argus.Cacao.Tests.Oracle;

/// <summary>
/// A synthetic playbook that uses every object kind the public corpus lacks: all step, command, agent-target,
/// authentication and marking types, a signature, extensions, a civic location and variables of every scope.
/// </summary>
internal static class RichPlaybook
{
    private static readonly string Identity = Id("identity", 1);
    private static readonly string Extension = Id("extension-definition", 2);

    public static string Id(string type, int n) => $"{type}--{n:x8}-0000-4000-8000-{n:x12}";

    public static JsonObject Create()
    {
        var (start, decide, fork, act, sub, choose, loop, manual) =
            (Id("start", 10), Id("if-condition", 11), Id("parallel", 12), Id("action", 13), Id("playbook-action", 14),
             Id("switch-condition", 15), Id("while-condition", 16), Id("action", 17));
        var ends = Enumerable.Range(20, 9).Select(n => Id("end", n)).ToArray();
        var (basic, oauth, user) = (Id("http-basic", 30), Id("oauth2", 31), Id("user-auth", 32));
        var (group, ssh, api) = (Id("group", 40), Id("ssh", 41), Id("http-api", 42));
        var (statement, iep) = (Id("marking-statement", 50), Id("marking-iep", 51));
        return new JsonObject
        {
            ["type"] = "playbook",
            ["spec_version"] = "cacao-2.0",
            ["id"] = Id("playbook", 3),
            ["name"] = "Everything",
            ["description"] = "Synthetic coverage of the object kinds",
            ["playbook_types"] = new JsonArray("mitigation"),
            ["playbook_activities"] = new JsonArray("eliminate-risk", "restrict-access"),
            ["playbook_processing_summary"] = new JsonObject { ["parallel_processing"] = true, ["if_logic"] = true, ["digital_signatures"] = true },
            ["created_by"] = Identity,
            ["created"] = "2024-03-01T10:00:00.000Z",
            ["modified"] = "2024-03-02T10:00:00.000Z",
            ["revoked"] = false,
            ["valid_from"] = "2024-03-01T10:00:00Z",
            ["valid_until"] = "2025-03-01T10:00:00Z",
            ["derived_from"] = new JsonArray(Id("playbook", 4)),
            ["related_to"] = new JsonArray(Id("report", 5)),
            ["priority"] = 1,
            ["severity"] = 80,
            ["impact"] = 0,
            ["industry_sectors"] = new JsonArray("energy", "financial", "utilities"),
            ["labels"] = new JsonArray("synthetic"),
            // Roll-up rule: references and sectors used anywhere are listed here too.
            ["external_references"] = new JsonArray(
                new JsonObject { ["name"] = "Runbook", ["url"] = "https://example.org/runbook" },
                new JsonObject { ["name"] = "ATT&CK", ["external_id"] = "T1105" }),
            ["markings"] = new JsonArray(statement, StandardTlpMarkings.Amber, iep),
            ["playbook_variables"] = new JsonObject
            {
                ["__flag__"] = new JsonObject { ["type"] = "bool", ["value"] = "true", ["constant"] = false },
                ["__mode__"] = new JsonObject { ["type"] = "string", ["value"] = "fast", ["external"] = true },
                ["__dict__"] = new JsonObject { ["type"] = "dictionary", ["value"] = new JsonObject { ["a"] = "fun" } },
                ["__ip__"] = new JsonObject { ["type"] = "ipv4-addr", ["value"] = null, ["external"] = true },
                ["__api_user__"] = new JsonObject { ["type"] = "string", ["external"] = true },
                ["__api_password__"] = new JsonObject { ["type"] = "string", ["external"] = true },
            },
            ["workflow_start"] = start,
            ["workflow"] = new JsonObject
            {
                [start] = new JsonObject { ["type"] = "start", ["on_completion"] = decide },
                [decide] = new JsonObject
                {
                    ["type"] = "if-condition", ["condition"] = "__flag__:value = true", ["on_true"] = fork, ["on_false"] = ends[0], ["on_completion"] = choose,
                },
                [fork] = new JsonObject { ["type"] = "parallel", ["next_steps"] = new JsonArray(act, sub), ["on_completion"] = ends[1] },
                [act] = Action(group, ssh, api, ends[2], ends[3]),
                [sub] = new JsonObject
                {
                    ["type"] = "playbook-action", ["playbook_id"] = Id("playbook", 6), ["playbook_version"] = "2024-01-01T00:00:00.000Z",
                    ["in_args"] = new JsonArray("__mode__"), ["out_args"] = new JsonArray("__flag__"), ["on_completion"] = ends[4],
                },
                [choose] = new JsonObject
                {
                    ["type"] = "switch-condition", ["switch"] = "__mode__:value",
                    ["cases"] = new JsonObject { ["fast"] = loop, ["default"] = ends[5] }, ["on_completion"] = ends[6],
                },
                [loop] = new JsonObject { ["type"] = "while-condition", ["condition"] = "__flag__:value = true", ["on_true"] = manual, ["on_completion"] = ends[7] },
                [manual] = new JsonObject
                {
                    ["type"] = "action", ["agent"] = group, ["on_completion"] = ends[8],
                    ["commands"] = new JsonArray(new JsonObject { ["type"] = "manual", ["command"] = "Confirm with the duty officer" }),
                },
                [ends[0]] = new JsonObject { ["type"] = "end" },
                [ends[1]] = new JsonObject { ["type"] = "end" },
                [ends[2]] = new JsonObject { ["type"] = "end" },
                [ends[3]] = new JsonObject { ["type"] = "end" },
                [ends[4]] = new JsonObject { ["type"] = "end" },
                [ends[5]] = new JsonObject { ["type"] = "end" },
                [ends[6]] = new JsonObject { ["type"] = "end" },
                [ends[7]] = new JsonObject { ["type"] = "end" },
                [ends[8]] = new JsonObject { ["type"] = "end", ["name"] = "Done" },
            },
            ["playbook_extensions"] = new JsonObject { [Extension] = new JsonObject { ["canvas"] = new JsonObject { ["width"] = 1300 } } },
            ["authentication_info_definitions"] = new JsonObject
            {
                [basic] = new JsonObject { ["type"] = "http-basic", ["name"] = "API", ["user_id"] = "__api_user__:value", ["password"] = "__api_password__:value" },
                [oauth] = new JsonObject { ["type"] = "oauth2", ["oauth_header"] = "Authorization", ["kms"] = true, ["kms_key_identifier"] = "vault:soc/oauth" },
                [user] = new JsonObject { ["type"] = "user-auth", ["username"] = "responder", ["kms"] = true, ["kms_key_identifier"] = "vault:soc/ssh" },
            },
            ["agent_definitions"] = new JsonObject
            {
                [group] = new JsonObject
                {
                    ["type"] = "group", ["name"] = "SOC", ["agent_target_extensions"] = new JsonObject { [Extension] = new JsonObject { ["shape"] = "circle" } },
                    ["contact"] = new JsonObject { ["email"] = new JsonObject { ["work"] = "soc@example.org" }, ["contact_details"] = "24/7" },
                },
                [Id("organization", 43)] = new JsonObject { ["type"] = "organization", ["name"] = "ACME" },
                [Id("individual", 44)] = new JsonObject { ["type"] = "individual", ["name"] = "Analyst" },
            },
            ["target_definitions"] = new JsonObject
            {
                [ssh] = new JsonObject
                {
                    ["type"] = "ssh", ["name"] = "Bastion", ["port"] = "22", ["authentication_info"] = user,
                    ["address"] = new JsonObject { ["ipv6"] = new JsonArray("2001:db8::10"), ["dname"] = new JsonArray("bastion.example.org") },
                },
                [api] = new JsonObject
                {
                    ["type"] = "http-api", ["name"] = "Firewall API", ["port"] = "443", ["authentication_info"] = basic, ["category"] = new JsonArray("firewall"),
                    ["address"] = new JsonObject { ["url"] = new JsonArray("https://fw.example.org/api", "https://localhost:8443/api") },
                },
                [Id("linux", 45)] = new JsonObject { ["type"] = "linux", ["name"] = "Web", ["address"] = new JsonObject { ["ipv4"] = new JsonArray("192.0.2.7") } },
                [Id("net-address", 46)] = new JsonObject
                {
                    ["type"] = "net-address", ["name"] = "Switch port",
                    ["address"] = new JsonObject { ["l2mac"] = new JsonArray("bc:d0:74:7a:3a:31"), ["vlan"] = new JsonArray("100") },
                },
                [Id("location", 47)] = new JsonObject
                {
                    ["type"] = "location", ["name"] = "Data centre", ["logical"] = new JsonArray("dc-1"),
                    ["location"] = new JsonObject
                    {
                        ["name"] = "DC1", ["region"] = "western-europe", ["country"] = "NL", ["city"] = "Utrecht",
                        ["latitude"] = "52.09", ["longitude"] = "5.12", ["precision"] = "50",
                    },
                },
                [Id("sector", 48)] = new JsonObject { ["type"] = "sector", ["name"] = "Utilities", ["sector"] = "utilities" },
                [Id("security-category", 49)] = new JsonObject { ["type"] = "security-category", ["name"] = "SIEM", ["category"] = new JsonArray("siem") },
            },
            ["extension_definitions"] = new JsonObject
            {
                [Extension] = new JsonObject
                {
                    ["type"] = "extension-definition", ["name"] = "Layout", ["created_by"] = Identity,
                    ["schema"] = "https://example.org/layout.json", ["version"] = "1.0.0",
                },
            },
            ["data_marking_definitions"] = new JsonObject
            {
                [statement] = new JsonObject
                {
                    ["type"] = "marking-statement", ["id"] = statement, ["created_by"] = Identity, ["created"] = "2024-03-01T10:00:00.000Z",
                    ["statement"] = "Copyright 2024 ACME",
                },
                [StandardTlpMarkings.Amber] = new JsonObject
                {
                    ["type"] = "marking-tlp", ["id"] = StandardTlpMarkings.Amber, ["created_by"] = StandardTlpMarkings.CreatedBy,
                    ["created"] = StandardTlpMarkings.Created, ["tlpv2_level"] = "TLP:AMBER",
                },
                [iep] = new JsonObject
                {
                    ["type"] = "marking-iep", ["id"] = iep, ["created_by"] = Identity, ["created"] = "2024-03-01T10:00:00.000Z",
                    ["name"] = "IEP", ["description"] = "Sharing policy", ["tlp"] = "AMBER", ["iep_version"] = 2,
                    ["start_date"] = "2024-03-01T00:00:00Z", ["end_date"] = null, ["encrypt_in_transit"] = "MUST",
                    ["permitted_actions"] = "INTERNALLY VISIBLE ACTIONS", ["affected_party_notifications"] = "MAY",
                    ["attribution"] = "MUST NOT", ["unmodified_resale"] = "MUST NOT", ["external_references"] = new JsonArray("https://first.org/iep"),
                },
            },
            ["signatures"] = new JsonArray(new JsonObject
            {
                ["type"] = "jss", ["id"] = Id("jss", 60), ["created"] = "2024-03-02T10:00:00.000Z", ["modified"] = "2024-03-02T10:00:00.000Z",
                ["signee"] = "ACME SOC", ["related_version"] = "2024-03-02T10:00:00.000Z", ["hash_algorithm"] = "sha-256",
                ["algorithm"] = "ES256", ["public_key"] = "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE", ["value"] = "MEUCIQDx",
            },
            new JsonObject
            {
                ["type"] = "jss", ["id"] = Id("jss", 61), ["created"] = "2024-03-02T11:00:00.000Z", ["modified"] = "2024-03-02T11:00:00.000Z",
                ["signee"] = "Partner CERT", ["related_to"] = Id("playbook", 3), ["related_version"] = "2024-03-02T10:00:00.000Z",
                ["hash_algorithm"] = "sha-512", ["algorithm"] = "PS256", ["cert_url"] = "https://pki.example.org/cert.pem",
                ["thumbprint"] = "NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs", ["value"] = "MEUCIQDy",
            }),
        };
    }

    private static JsonObject Action(string agent, string ssh, string api, string success, string failure)
    {
        JsonObject Command(string type, string field, string value) =>
            new() { ["type"] = type, [field] = value, ["playbook_activity"] = "eliminate-risk" };
        return new JsonObject
        {
            ["type"] = "action", ["name"] = "Contain", ["agent"] = agent, ["targets"] = new JsonArray(ssh, api),
            ["delay"] = 10, ["timeout"] = 60000, ["owner"] = Identity, ["in_args"] = new JsonArray("__mode__"), ["out_args"] = new JsonArray("__counter__"),
            ["on_success"] = success, ["on_failure"] = failure,
            ["step_variables"] = new JsonObject { ["__counter__"] = new JsonObject { ["type"] = "integer", ["value"] = "0" } },
            ["step_extensions"] = new JsonObject { [Extension] = new JsonObject { ["x_pos"] = 10 } },
            ["external_references"] = new JsonArray(new JsonObject { ["name"] = "ATT&CK", ["external_id"] = "T1105" }),
            ["commands"] = new JsonArray(
                Command("manual", "command", "Isolate the host"),
                Command("bash", "command_b64", "ZWNobyBoaQ=="),
                Command("ssh", "command", "iptables -A INPUT -s __ip__:value -j DROP"),
                Command("powershell", "command", "Get-Process"),
                Command("caldera-cmd", "command", "whoami"),
                new JsonObject
                {
                    ["type"] = "http-api", ["command"] = "POST /block HTTP/1.1", ["content"] = "{\"ip\":\"__ip__:value\"}",
                    ["headers"] = new JsonObject { ["Content-Type"] = new JsonArray("application/json") }, ["version"] = "1.1",
                },
                new JsonObject
                {
                    ["type"] = "openc2-http", ["command"] = "POST /openc2 HTTP/1.1", ["content_b64"] = "e30=",
                    ["headers"] = new JsonObject { ["Content-Type"] = new JsonArray("application/openc2+json;version=1.0") },
                },
                Command("elastic", "command_b64", "e30="),
                Command("jupyter", "command_b64", "e30="),
                Command("kestrel", "command_b64", "e30="),
                Command("sigma", "command_b64", "e30="),
                Command("yara", "command_b64", "cnVsZSB4IHt9")),
        };
    }
}
