using System.Text;
using System.Text.Json;
using Argus.Cacao.Json;
using Argus.Cacao.Json.Tape;
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
    // In reading order, which is also playbook member slot order.
    private static readonly int[] Dictionaries =
    [
        PlaybookMember.Workflow, PlaybookMember.AgentDefinitions, PlaybookMember.TargetDefinitions,
        PlaybookMember.AuthenticationInfoDefinitions, PlaybookMember.DataMarkingDefinitions, PlaybookMember.ExtensionDefinitions,
    ];

    public void Check(ValidationContext context)
    {
        // The definition dictionaries' structure checks have added their keys' UUIDs with their sites already (they are
        // read here only if those checks have not run); the playbook's id and the signatures' are added here. Nearly
        // every document repeats no UUID; otherwise each repeat is reported from the sites, without a second reading.
        var uuids = context.IdentifierUuids;
        var playbook = context.Reading.Playbook;
        if (playbook[PlaybookMember.Id] is { ValueKind: JsonValueKind.String } id && TryReadUuid(new Source(id), out var uuid))
        {
            uuids.Add(uuid, IdentifierSite.PlaybookId);
        }

        foreach (var slot in Dictionaries)
        {
            if (!uuids.Covers(slot))
            {
                AddKeys(context, slot);
            }
        }

        if (playbook.TryGetArray(PlaybookMember.Signatures, out var signatures))
        {
            var position = 0;
            foreach (var signature in signatures.EnumerateArray())
            {
                AddSignature(uuids, signature, position++);
            }
        }

        if (uuids.HasRepeats)
        {
            ReportRepeats(context, uuids.RepeatedSites());
        }
    }

    private static void AddKeys(ValidationContext context, int slot)
    {
        if (context.Reading.Playbook.TryGetObject(slot, out var dictionary))
        {
            var position = 0;
            foreach (var member in dictionary.EnumerateObject())
            {
                if (TryReadUuid(new Source(member), out var uuid))
                {
                    context.IdentifierUuids.Add(uuid, IdentifierSite.DictionaryKey(slot, position));
                }

                position++;
            }
        }

        context.IdentifierUuids.Cover(slot);
    }

    private static void AddSignature(IdentifierUuids uuids, TapeValue signature, int position)
    {
        // Countersignatures nest; the parser's depth limit bounds this loop.
        var depth = 0;
        for (var current = signature; current.ValueKind == JsonValueKind.Object; depth++)
        {
            if (current.TryGetProperty("id"u8, out var id) && id.ValueKind == JsonValueKind.String
                && TryReadUuid(new Source(id), out var uuid))
            {
                uuids.Add(uuid, IdentifierSite.Signature(position, depth));
            }

            if (!current.TryGetProperty("signature"u8, out current))
            {
                break;
            }
        }
    }

    // Sites come in reading order: the first site of each UUID is its first use, and each later one is reported against
    // it, unless it names the same identifier (one object listed both as agent and target).
    private static void ReportRepeats(ValidationContext context, List<(UInt128 Uuid, IdentifierSite Site)> sites)
    {
        var firstUses = new Dictionary<UInt128, (string Text, PointerPath Path)>(UuidBitsComparer.Instance);
        foreach (var (uuid, site) in sites)
        {
            var (text, path) = Locate(context, site);
            if (!firstUses.TryGetValue(uuid, out var first))
            {
                firstUses.Add(uuid, (text, path));
            }
            else if (text != first.Text)
            {
                context.Error(path, ValidationCodes.IdentifierDuplicateUuid,
                    $"The UUID of {JsonText.Quote(text)} is already used by {JsonText.Quote(first.Text)} at {first.Path}; UUIDs must be unique across all objects.");
            }
        }
    }

    // The identifier text read at a site, and its pointer.
    private static (string Text, PointerPath Path) Locate(ValidationContext context, IdentifierSite site)
    {
        var playbook = context.Reading.Playbook;
        if (site.IsPlaybookId)
        {
            return (JsonText.StringOf(playbook[PlaybookMember.Id]), PointerPath.Root.Append("id"));
        }

        if (site.IsSignature)
        {
            playbook.TryGetArray(PlaybookMember.Signatures, out var signatures);
            var signature = signatures[site.Position];
            var path = PointerPath.Root.Append("signatures").Append(site.Position);
            for (var depth = 0; depth < site.Depth; depth++)
            {
                signature = signature.GetProperty("signature"u8);
                path = path.Append("signature");
            }

            return (JsonText.StringOf(signature.GetProperty("id"u8)), path.Append("id"));
        }

        playbook.TryGetObject(site.Slot, out var dictionary);
        var members = dictionary.EnumerateObject();
        for (var position = 0; position <= site.Position; position++)
        {
            members.MoveNext();
        }

        return (members.Current.Name, PointerPath.Root.Append(PlaybookMember.NameOf(site.Slot)).Append(members.Current));
    }

    // The UUID of a well-formed identifier, read in place as UTF-8; escaped text is decoded first.
    private static bool TryReadUuid(Source source, out UInt128 uuid)
    {
        uuid = default;
        var raw = source.RawUtf8;
        if (CacaoIdentifier.IsWellFormedUtf8(raw, out _, out _))
        {
            uuid = CacaoIdentifier.UuidBitsOf(raw);
            return true;
        }

        // A backslash is no identifier character: only escaped text can still be well formed once decoded.
        if (raw.IndexOf((byte)'\\') < 0)
        {
            return false;
        }

        var text = source.Text;
        if (CacaoIdentifier.Check(text, out _) != CacaoIdentifierError.None)
        {
            return false;
        }

        uuid = CacaoIdentifier.UuidBitsOf(Encoding.ASCII.GetBytes(text));
        return true;
    }

    // Where an identifier was read: a dictionary key or a string value.
    private readonly struct Source
    {
        private readonly TapeMember _member;
        private readonly TapeValue _value;
        private readonly bool _isMember;

        public Source(TapeMember member)
        {
            _member = member;
            _isMember = true;
        }

        public Source(TapeValue value) => _value = value;

        public string Text => _isMember ? _member.Name : JsonText.StringOf(_value);

        /// <summary>The text as the document holds it, escapes undecoded.</summary>
        public ReadOnlySpan<byte> RawUtf8 =>
            _isMember ? _member.RawUtf8Name : _value.RawUtf8[1..^1];
    }
}
