using System.Collections.Immutable;
using System.Text.Json;
using Argus.Cacao.Primitives;
using Argus.Cacao.Validation.Rules.Structure;

namespace Argus.Cacao.Validation;

/// <summary>
/// Every deliberate difference between this validator and the official CACAO v2.0 CS01 JSON schemas run as
/// declared (draft-07), each with its reason and the item of <c>shared/cacao/spec-notes.md</c> §3 that documents
/// the schema bug. This is the one place such differences are listed: the differential test against ajv excuses an
/// ajv error only when one of these entries matches it.
/// </summary>
/// <remarks>
/// Differences where this validator is stricter than the schema (unknown address keys, modified before created,
/// Feb 31, base64, command presence, …) need no entry: the test only asks that every schema error is also ours.
/// </remarks>
internal static class SchemaDeviations
{
    private static readonly string[] Definitions =
    [
        "workflow", "agent_definitions", "target_definitions", "authentication_info_definitions", "data_marking_definitions",
    ];

    private static readonly string[] KeyFields = ["public_key", "public_cert_chain", "cert_url", "thumbprint"];

    public static ImmutableArray<Deviation> All { get; } =
    [
        new("delay-zero", "§3.4",
            "Spec 4.1: delay is a whole number of milliseconds >= 0; the schema's minimum of 1 rejects delay 0.",
            f => f.Keyword == "minimum" && f.InstancePath.EndsWith("/delay", StringComparison.Ordinal)
                && f.Value is { ValueKind: JsonValueKind.Number } v && v.TryGetDecimal(out var d) && d == 0),
        new("variable-object-value", "§3.7",
            "Spec 10.18: a variable value may be a JSON object (the dictionary type); the schema allows string|null only.",
            f => f.Keyword == "type" && f.InstancePath.EndsWith("/value", StringComparison.Ordinal)
                && f.InstancePath.Contains("_variables/", StringComparison.Ordinal) && f.Value?.ValueKind == JsonValueKind.Object),
        new("variables-in-addresses", "§3.8",
            "Spec 7.8 and cacao-roaster#11: agent and target properties may use variables (__ip__:value), which the address regexes reject.",
            f => f.Keyword == "pattern" && f.InstancePath.Contains("/address/", StringComparison.Ordinal)
                && f.Value is { ValueKind: JsonValueKind.String } v && VariableText.ContainsReference(v.GetString() ?? string.Empty)),
        new("address-url-regex", "§3.8",
            "The schema's url regex is a malformed character class that rejects valid URLs such as https://localhost:8443/; URLs are checked by parsing.",
            f => f.Keyword == "pattern" && f.InstancePath.Contains("/address/url/", StringComparison.Ordinal)
                && f.Value is { ValueKind: JsonValueKind.String } v && Uri.TryCreate(v.GetString(), UriKind.Absolute, out var uri) && uri.Host.Length > 0),
        new("vlan-strings", "§3.8",
            "Spec 7.8: every address value is a list of strings; the schema types vlan items as numbers.",
            f => f.Keyword == "type" && f.InstancePath.Contains("/address/vlan/", StringComparison.Ordinal) && f.Value?.ValueKind == JsonValueKind.String),
        new("identifier-prefix-differs-from-type", "§3.15, §2.1",
            "The schema picks an object's schema by its key prefix, so a type that differs from the prefix fails that schema's type enum. Vocabularies are open and the object is still understandable: this validator warns (identifier.prefix-mismatch) and checks the object by its own type.",
            f => f.Keyword is "enum" or "const" && IsDefinitionTypePath(f.InstancePath, out var prefix)
                && f.Value is { ValueKind: JsonValueKind.String } v && !v.ValueEquals(prefix)),
        new("uuid-version-6-to-8", "§3.6",
            "The identifier pattern allows UUID versions 1-5 only; RFC 9562 defines 6-8 and the spec only says objects SHOULD use v4 (warned).",
            f => f.Keyword == "pattern" && f.Value is { ValueKind: JsonValueKind.String } v
                && CacaoIdentifier.TryParse(v.GetString(), out var id) && id.UuidVersion is >= 6 and <= 8),
        new("oauth2-kms-token", "§3.11",
            "Spec 6: with kms the token MUST NOT be populated, so a KMS-backed oauth2 object cannot carry the token the schema requires.",
            f => f.Keyword == "required" && f.MissingProperty == "token"
                && f.Value is { ValueKind: JsonValueKind.Object } v && v.TryGetProperty("kms"u8, out var kms) && kms.ValueKind == JsonValueKind.True),
        new("signature-several-keys", "§3.12",
            "Spec 10.15: one of the key fields MUST be populated; the schema's oneOf also rejects a signature that gives several (ajv then reports the oneOf and the branches' missing key fields).",
            f => f.InstancePath.Contains("/signatures/", StringComparison.Ordinal)
                && (f.Keyword == "oneOf" || (f.Keyword == "required" && KeyFields.Contains(f.MissingProperty, StringComparer.Ordinal)))
                && f.Value is { ValueKind: JsonValueKind.Object } v && KeyFields.Any(k => v.TryGetProperty(k, out _))),
        new("signature-related-to-optional", "§3.12",
            "Spec 10.15: related_to is required only for detached signatures; an embedded signature relates to its playbook.",
            f => f.Keyword == "required" && f.MissingProperty == "related_to" && f.InstancePath.Contains("/signatures/", StringComparison.Ordinal)),
        new("marking-iep-external-references", "§3.14",
            "marking-iep's allOf demands external_references items that are objects (common) and strings (IEP) at once, and requires the list: unsatisfiable. Either form is accepted and the list is optional.",
            f => f.InstancePath.Contains("/data_marking_definitions/marking-iep--", StringComparison.Ordinal)
                && (f.InstancePath.Contains("/external_references", StringComparison.Ordinal) || f.MissingProperty == "external_references")),
    ];

    /// <summary>The first deviation that excuses <paramref name="finding"/>, or null when none does.</summary>
    public static Deviation? Excusing(SchemaFinding finding) => All.FirstOrDefault(d => d.Excuses(finding));

    // "/agent_definitions/linux--…/type" -> prefix "linux".
    private static bool IsDefinitionTypePath(string instancePath, out string prefix)
    {
        prefix = string.Empty;
        var segments = instancePath.Split('/');
        if (segments.Length != 4 || segments[3] != "type" || !Definitions.Contains(segments[1], StringComparer.Ordinal))
        {
            return false;
        }

        var separator = segments[2].IndexOf("--", StringComparison.Ordinal);
        prefix = separator > 0 ? segments[2][..separator] : segments[2];
        return true;
    }

    /// <summary>One error reported by a JSON-schema validator, with the instance value it is about.</summary>
    /// <param name="Keyword">The failing schema keyword, such as <c>required</c> or <c>pattern</c>.</param>
    /// <param name="InstancePath">JSON pointer of the instance value.</param>
    /// <param name="MissingProperty">For <c>required</c>, the missing property's name.</param>
    /// <param name="Value">The instance value at <paramref name="InstancePath"/>, when it exists.</param>
    internal sealed record SchemaFinding(string Keyword, string InstancePath, string? MissingProperty, JsonElement? Value);

    /// <summary>One deliberate difference from the CS01 schemas.</summary>
    /// <param name="Id">A short stable name.</param>
    /// <param name="SpecNotesItem">The item of spec-notes.md that documents the schema's bug.</param>
    /// <param name="Reason">Why this validator differs.</param>
    /// <param name="Excuses">Whether a schema error is explained by this difference.</param>
    internal sealed record Deviation(string Id, string SpecNotesItem, string Reason, Func<SchemaFinding, bool> Excuses);
}
