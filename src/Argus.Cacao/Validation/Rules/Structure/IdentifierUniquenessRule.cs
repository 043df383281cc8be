using System.Text.Json;
using Argus.Cacao.Json;
using Argus.Cacao.Primitives;
using Argus.Cacao.Validation.Reading;

namespace Argus.Cacao.Validation.Rules.Structure;

/// <summary>
/// "The UUID part of an identifier MUST be unique across all objects regardless of the type" (section 10.9):
/// the playbook, its steps, definitions and signatures. One object listed both as agent and target keeps its
/// identifier and is not a duplicate.
/// </summary>
internal sealed class IdentifierUniquenessRule : IValidationRule
{
    private static readonly int[] Dictionaries =
    [
        PlaybookMember.Workflow, PlaybookMember.AgentDefinitions, PlaybookMember.TargetDefinitions,
        PlaybookMember.AuthenticationInfoDefinitions, PlaybookMember.DataMarkingDefinitions, PlaybookMember.ExtensionDefinitions,
    ];

    public void Check(ValidationContext context)
    {
        var seen = new Dictionary<Guid, (Source Source, PointerPath Path)>();
        var playbook = context.Reading.Playbook;
        if (playbook[PlaybookMember.Id] is { ValueKind: JsonValueKind.String } id)
        {
            Record(context, seen, new Source(id), PointerPath.Root.Append("id"));
        }

        foreach (var slot in Dictionaries)
        {
            if (playbook.TryGetObject(slot, out var dictionary))
            {
                var path = PointerPath.Root.Append(PlaybookMember.NameOf(slot)).ForChildren();
                foreach (var member in dictionary.EnumerateObject())
                {
                    Record(context, seen, new Source(member), path.Append(member));
                }
            }
        }

        if (playbook.TryGetArray(PlaybookMember.Signatures, out var signatures))
        {
            var index = 0;
            foreach (var signature in signatures.EnumerateArray())
            {
                RecordSignature(context, seen, signature, PointerPath.Root.Append("signatures").Append(index++));
            }
        }
    }

    private static void RecordSignature(ValidationContext context, Dictionary<Guid, (Source, PointerPath)> seen, JsonElement signature, PointerPath path)
    {
        // Countersignatures nest; the parser's depth limit bounds this recursion.
        for (var current = signature; current.ValueKind == JsonValueKind.Object; path = path.Append("signature"))
        {
            if (current.TryGetProperty("id"u8, out var id) && id.ValueKind == JsonValueKind.String)
            {
                Record(context, seen, new Source(id), path.Append("id"));
            }

            if (!current.TryGetProperty("signature"u8, out current))
            {
                break;
            }
        }
    }

    // The identifier is read on the stack; its text becomes a string only when two identifiers share a UUID.
    private static void Record(ValidationContext context, Dictionary<Guid, (Source Source, PointerPath Path)> seen, Source source, PointerPath path)
    {
        Span<char> buffer = stackalloc char[JsonText.StackLength];
        var text = source.TryCopy(buffer, out var length) ? buffer[..length] : source.Text.AsSpan();
        if (CacaoIdentifier.Check(text, out _) != CacaoIdentifierError.None)
        {
            return;
        }

        var uuid = Guid.ParseExact(text[^36..], "D");
        if (!seen.TryGetValue(uuid, out var first))
        {
            seen.Add(uuid, (source, path));
        }
        else if (!text.SequenceEqual(first.Source.Text))
        {
            context.Error(path, ValidationCodes.IdentifierDuplicateUuid,
                $"The UUID of {JsonText.Quote(source.Text)} is already used by {JsonText.Quote(first.Source.Text)} at {first.Path}; UUIDs must be unique across all objects.");
        }
    }

    // Where an identifier was read: a dictionary key or a string value.
    private readonly struct Source
    {
        private readonly JsonProperty _member;
        private readonly JsonElement _value;
        private readonly bool _isMember;

        public Source(JsonProperty member)
        {
            _member = member;
            _isMember = true;
        }

        public Source(JsonElement value) => _value = value;

        public string Text => _isMember ? _member.Name : JsonText.StringOf(_value);

        public bool TryCopy(Span<char> buffer, out int length) =>
            _isMember ? JsonText.TryCopyName(_member, buffer, out length) : JsonText.TryCopy(_value, buffer, out length);
    }
}
