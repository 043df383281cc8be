using System.Text.Json;
using Argus.Cacao.Json;
using Argus.Cacao.Primitives;

namespace Argus.Cacao.Validation.Rules.Structure;

/// <summary>
/// "The UUID part of an identifier MUST be unique across all objects regardless of the type" (section 10.9):
/// the playbook, its steps, definitions and signatures. One object listed both as agent and target keeps its
/// identifier and is not a duplicate.
/// </summary>
internal sealed class IdentifierUniquenessRule : IValidationRule
{
    private static readonly string[] Dictionaries =
    [
        "workflow", "agent_definitions", "target_definitions", "authentication_info_definitions",
        "data_marking_definitions", "extension_definitions",
    ];

    public void Check(ValidationContext context)
    {
        var seen = new Dictionary<Guid, (string Text, PointerPath Path)>();
        var root = context.Root;
        if (root.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
        {
            Record(context, seen, JsonText.StringOf(id), PointerPath.Root.Append("id"));
        }

        foreach (var name in Dictionaries)
        {
            if (root.TryGetProperty(name, out var dictionary) && dictionary.ValueKind == JsonValueKind.Object)
            {
                var path = PointerPath.Root.Append(name);
                foreach (var member in dictionary.EnumerateObject())
                {
                    Record(context, seen, member.Name, path.Append(member.Name));
                }
            }
        }

        if (root.TryGetProperty("signatures", out var signatures) && signatures.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var signature in signatures.EnumerateArray())
            {
                RecordSignature(context, seen, signature, PointerPath.Root.Append("signatures").Append(index++));
            }
        }
    }

    private static void RecordSignature(ValidationContext context, Dictionary<Guid, (string, PointerPath)> seen, JsonElement signature, PointerPath path)
    {
        // Countersignatures nest; the parser's depth limit bounds this recursion.
        for (var current = signature; current.ValueKind == JsonValueKind.Object; path = path.Append("signature"))
        {
            if (current.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
            {
                Record(context, seen, JsonText.StringOf(id), path.Append("id"));
            }

            if (!current.TryGetProperty("signature", out current))
            {
                break;
            }
        }
    }

    private static void Record(ValidationContext context, Dictionary<Guid, (string Text, PointerPath Path)> seen, string text, PointerPath path)
    {
        if (!CacaoIdentifier.TryParse(text, out var identifier))
        {
            return;
        }

        if (!seen.TryGetValue(identifier.Uuid, out var first))
        {
            seen.Add(identifier.Uuid, (text, path));
        }
        else if (!string.Equals(first.Text, text, StringComparison.Ordinal))
        {
            context.Error(path, ValidationCodes.IdentifierDuplicateUuid,
                $"The UUID of {JsonText.Quote(text)} is already used by {JsonText.Quote(first.Text)} at {first.Path}; UUIDs must be unique across all objects.");
        }
    }
}
