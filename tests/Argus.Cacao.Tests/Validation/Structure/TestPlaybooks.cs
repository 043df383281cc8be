using System.Text.Json.Nodes;
using Argus.Cacao.Validation;

namespace Argus.Cacao.Tests.Validation.Structure;

/// <summary>Builders for small, valid CACAO playbooks that tests change one property at a time.</summary>
internal static class TestPlaybooks
{
    public const string StartId = "start--0f2a3b4c-1d2e-4f30-8a1b-2c3d4e5f6a70";
    public const string ActionId = "action--1a2b3c4d-5e6f-4a1b-9c2d-3e4f5a6b7c81";
    public const string EndId = "end--2b3c4d5e-6f7a-4b2c-8d3e-4f5a6b7c8d92";
    public const string AgentId = "individual--3c4d5e6f-7a8b-4c3d-9e4f-5a6b7c8d9ea3";
    public const string TargetId = "ssh--4d5e6f7a-8b9c-4d4e-8f5a-6b7c8d9eafb4";
    public const string AuthId = "user-auth--5e6f7a8b-9cad-4e5f-9a6b-7c8d9eafb0c5";

    public static string ActionPath => $"/workflow/{ActionId}";

    /// <summary>start -> action (one ssh command, an agent and an ssh target) -> end; no issues at all.</summary>
    public static JsonObject Minimal() => new()
    {
        ["type"] = "playbook",
        ["spec_version"] = "cacao-2.0",
        ["id"] = "playbook--6f7a8b9c-adbe-4f6a-8b7c-8d9eafb0c1d6",
        ["name"] = "Minimal",
        ["created_by"] = "identity--7a8b9cad-becf-4a7b-9c8d-9eafb0c1d2e7",
        ["created"] = "2024-01-02T03:04:05.006Z",
        ["modified"] = "2024-01-02T03:04:05.006Z",
        ["workflow_start"] = StartId,
        ["workflow"] = new JsonObject
        {
            [StartId] = new JsonObject { ["type"] = "start", ["on_completion"] = ActionId },
            [ActionId] = new JsonObject
            {
                ["type"] = "action",
                ["commands"] = new JsonArray(new JsonObject { ["type"] = "ssh", ["command"] = "uptime" }),
                ["agent"] = AgentId,
                ["targets"] = new JsonArray(TargetId),
                ["on_completion"] = EndId,
            },
            [EndId] = new JsonObject { ["type"] = "end" },
        },
        // Every variable the structure tests substitute is declared, so the variable rules stay silent.
        ["playbook_variables"] = new JsonObject
        {
            ["__user__"] = new JsonObject { ["type"] = "string", ["external"] = true },
            ["__password__"] = new JsonObject { ["type"] = "string", ["external"] = true },
            ["__key__"] = new JsonObject { ["type"] = "string", ["external"] = true },
            ["__target_ip__"] = new JsonObject { ["type"] = "ipv4-addr", ["value"] = "192.0.2.10" },
            ["__ip__"] = new JsonObject { ["type"] = "ipv4-addr", ["value"] = "192.0.2.11" },
        },
        ["agent_definitions"] = new JsonObject
        {
            [AgentId] = new JsonObject { ["type"] = "individual", ["name"] = "On-call analyst" },
        },
        ["target_definitions"] = new JsonObject
        {
            [TargetId] = new JsonObject
            {
                ["type"] = "ssh",
                ["name"] = "Web server",
                ["address"] = new JsonObject { ["ipv4"] = new JsonArray("192.0.2.10") },
                ["authentication_info"] = AuthId,
            },
        },
        ["authentication_info_definitions"] = new JsonObject
        {
            [AuthId] = new JsonObject { ["type"] = "user-auth", ["username"] = "__user__:value", ["password"] = "__password__:value" },
        },
    };

    /// <summary>A complete jss signature with no issues, not yet attached to a playbook.</summary>
    public static JsonObject Signature(string id = "jss--a4efd3c6-1f3b-4c0c-9d8e-2b9f6e0d1c21") => new()
    {
        ["type"] = "jss",
        ["id"] = id,
        ["created"] = "2024-01-02T03:04:05.006Z",
        ["modified"] = "2024-01-02T03:04:05.006Z",
        ["signee"] = "ACME SOC",
        ["related_version"] = "2024-01-02T03:04:05.006Z",
        ["hash_algorithm"] = "sha-256",
        ["algorithm"] = "RS256",
        ["public_key"] = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA",
        ["value"] = "gXyPW--uUKvG_JYo",
    };

    public static JsonObject Action(this JsonObject playbook) => (JsonObject)playbook["workflow"]![ActionId]!;

    public static JsonObject Command(this JsonObject playbook) => (JsonObject)playbook.Action()["commands"]![0]!;

    public static JsonObject Target(this JsonObject playbook) => (JsonObject)playbook["target_definitions"]![TargetId]!;

    public static JsonObject Auth(this JsonObject playbook) => (JsonObject)playbook["authentication_info_definitions"]![AuthId]!;

    public static ValidationReport Validate(this JsonNode playbook) => new PlaybookValidator().Validate(playbook.ToJsonString());

    public static void AssertError(this ValidationReport report, string code, string path) =>
        Assert.True(report.Errors.Any(i => i.Code == code && i.Path == path),
            $"Expected error {code} at {path}; got: {Describe(report)}");

    public static void AssertWarning(this ValidationReport report, string code, string path) =>
        Assert.True(report.Warnings.Any(i => i.Code == code && i.Path == path),
            $"Expected warning {code} at {path}; got: {Describe(report)}");

    public static void AssertClean(this ValidationReport report) =>
        Assert.True(report.Issues.IsEmpty, $"Expected no issues; got: {Describe(report)}");

    public static string Describe(ValidationReport report) =>
        report.Issues.IsEmpty ? "none" : string.Join("; ", report.Issues.Select(i => $"{i.Severity} {i.Code} {i.Path}"));
}
