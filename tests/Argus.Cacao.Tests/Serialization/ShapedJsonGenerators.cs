using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;

namespace Argus.Cacao.Tests.Serialization;

/// <summary>
/// Random JSON objects whose member names and <c>type</c> values come mostly from the CACAO model, so that random
/// values land under <c>workflow</c>, <c>commands</c>, <c>agent_definitions</c> and the other modelled members.
/// </summary>
internal static class ShapedJsonGenerators
{
    private static readonly string[] ModelNames =
    [
        "type", "spec_version", "id", "name", "description", "playbook_types", "playbook_activities",
        "playbook_processing_summary", "created_by", "created", "modified", "revoked", "valid_from", "valid_until",
        "derived_from", "related_to", "priority", "severity", "impact", "industry_sectors", "labels", "external_references",
        "markings", "playbook_variables", "workflow_start", "workflow_exception", "workflow", "playbook_extensions",
        "authentication_info_definitions", "agent_definitions", "target_definitions", "extension_definitions",
        "data_marking_definitions", "signatures", "delay", "timeout", "step_variables", "owner", "on_completion",
        "on_success", "on_failure", "step_extensions", "commands", "agent", "targets", "in_args", "out_args", "playbook_id",
        "playbook_version", "next_steps", "condition", "on_true", "on_false", "switch", "cases", "command", "command_b64",
        "headers", "content", "content_b64", "version", "playbook_activity", "location", "contact", "email", "phone",
        "logical", "sector", "address", "port", "authentication_info", "category", "agent_target_extensions", "user_id",
        "username", "password", "oauth_header", "token", "private_key", "kms", "kms_key_identifier", "statement",
        "tlpv2_level", "iep_version", "value", "constant", "external", "signature", "public_cert_chain", "schema",
    ];

    private static readonly string[] TypeValues =
    [
        "playbook", "start", "end", "action", "playbook-action", "parallel", "if-condition", "while-condition",
        "switch-condition", "manual", "http-api", "openc2", "ssh", "soarca", "user-auth", "private-key",
        "marking-statement", "marking-tlp", "marking-iep", "jss", "string", "dictionary", "custom",
    ];

    private static readonly Gen<string> Names = Gen.Frequency(
        (6, Gen.Elements(ModelNames)),
        (1, Gen.Elements("x_custom", "step--1", "__var__", "a/b~c", "")));

    /// <summary>A top-level object; its values are random JSON or nested shaped objects and dictionaries of them.</summary>
    public static Gen<JsonObject> Document { get; } = Object(3);

    private static Gen<JsonObject> Object(int depth) =>
        Gen.Choose(0, 6)
            .SelectMany(n => Gen.ArrayOf(from name in Names from value in Value(name, depth) select (name, value), n))
            .Select(members =>
            {
                var node = new JsonObject();
                foreach (var (name, value) in members)
                {
                    node[name] = value;
                }

                return node;
            });

    private static Gen<JsonNode?> Value(string name, int depth)
    {
        if (name == "type")
        {
            return Gen.Frequency((5, Gen.Elements(TypeValues).Select(t => (JsonNode?)JsonValue.Create(t))), (1, JsonGenerators.Scalar));
        }

        if (depth <= 0)
        {
            return JsonGenerators.Node(1, Names);
        }

        return Gen.Frequency(
            (2, JsonGenerators.Node(2, Names)),
            (2, Object(depth - 1).Select(o => (JsonNode?)o)),
            (2, Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(Object(depth - 1), n))
                .Select(items => (JsonNode?)new JsonArray(items.Select(i => (JsonNode?)i).ToArray()))),
            (1, Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(JsonGenerators.Text, n))
                .Select(items => (JsonNode?)new JsonArray(items.Select(i => (JsonNode?)JsonValue.Create(i)).ToArray()))),
            (2, Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(Object(depth - 1), n)).Select(Dictionary)));
    }

    private static JsonNode? Dictionary(JsonObject[] values)
    {
        var node = new JsonObject();
        for (var i = 0; i < values.Length; i++)
        {
            node[$"entry--{i}"] = values[i];
        }

        return node;
    }
}
