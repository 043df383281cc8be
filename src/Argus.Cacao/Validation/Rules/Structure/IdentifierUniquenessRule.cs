using System.Runtime.InteropServices;
using System.Text;
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
        // Nearly every document repeats no UUID: a first pass keeps only the UUIDs' bits, and the definition
        // dictionaries' structure checks have added their keys' already (read again here only if they have not run).
        // A second pass runs only to report repeats, and keeps where an identifier was read only for repeated UUIDs.
        var dictionariesDone = context.IdentifierUuids.Covers(Dictionaries);
        var collector = new UuidCollector(dictionariesDone ? context.IdentifierUuids : new IdentifierUuids());
        Visit(context, includeDictionaries: !dictionariesDone, ref collector);
        if (collector.Uuids.Repeated is not { } repeated)
        {
            return;
        }

        var reporter = new RepeatReporter(context, repeated);
        Visit(context, includeDictionaries: true, ref reporter);
    }

    // What is done with each identifier: a struct, so that the calls are direct and nothing is allocated for them.
    private interface IIdentifierVisitor
    {
        void Visit(Source source, PointerPath path);
    }

    // Every identifier the rule covers, in document order: the playbook's, the dictionaries' keys, the signatures'.
    private static void Visit<TVisitor>(ValidationContext context, bool includeDictionaries, ref TVisitor visitor)
        where TVisitor : struct, IIdentifierVisitor
    {
        var playbook = context.Reading.Playbook;
        if (playbook[PlaybookMember.Id] is { ValueKind: JsonValueKind.String } id)
        {
            visitor.Visit(new Source(id), PointerPath.Root.Append("id"));
        }

        foreach (var slot in includeDictionaries ? Dictionaries : [])
        {
            if (playbook.TryGetObject(slot, out var dictionary))
            {
                var path = PointerPath.Root.Append(PlaybookMember.NameOf(slot)).ForChildren();
                foreach (var member in dictionary.EnumerateObject())
                {
                    visitor.Visit(new Source(member), path.Append(member));
                }
            }
        }

        if (playbook.TryGetArray(PlaybookMember.Signatures, out var signatures))
        {
            var index = 0;
            foreach (var signature in signatures.EnumerateArray())
            {
                VisitSignature(signature, PointerPath.Root.Append("signatures").Append(index++), ref visitor);
            }
        }
    }

    private static void VisitSignature<TVisitor>(JsonElement signature, PointerPath path, ref TVisitor visitor)
        where TVisitor : struct, IIdentifierVisitor
    {
        // Countersignatures nest; the parser's depth limit bounds this recursion.
        for (var current = signature; current.ValueKind == JsonValueKind.Object; path = path.Append("signature"))
        {
            if (current.TryGetProperty("id"u8, out var id) && id.ValueKind == JsonValueKind.String)
            {
                visitor.Visit(new Source(id), path.Append("id"));
            }

            if (!current.TryGetProperty("signature"u8, out current))
            {
                break;
            }
        }
    }

    // The first pass: adds each well-formed identifier's UUID.
    private readonly struct UuidCollector(IdentifierUuids uuids) : IIdentifierVisitor
    {
        public IdentifierUuids Uuids { get; } = uuids;

        public void Visit(Source source, PointerPath path)
        {
            if (TryReadUuid(source, out var uuid))
            {
                Uuids.AddSeen(uuid);
            }
        }
    }

    // The second pass: reports each use of a repeated UUID after its first, against that first use.
    private readonly struct RepeatReporter(ValidationContext context, IReadOnlySet<UInt128> repeated) : IIdentifierVisitor
    {
        private readonly Dictionary<UInt128, (Source Source, PointerPath Path)> _firstUses = new(UuidBitsComparer.Instance);

        public void Visit(Source source, PointerPath path)
        {
            if (!TryReadUuid(source, out var uuid) || !repeated.Contains(uuid))
            {
                return;
            }

            if (!_firstUses.TryGetValue(uuid, out var first))
            {
                _firstUses.Add(uuid, (source, path));
            }
            else if (source.Text is var text && text != first.Source.Text)
            {
                context.Error(path, ValidationCodes.IdentifierDuplicateUuid,
                    $"The UUID of {JsonText.Quote(text)} is already used by {JsonText.Quote(first.Source.Text)} at {first.Path}; UUIDs must be unique across all objects.");
            }
        }
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

        /// <summary>The text as the document holds it, escapes undecoded.</summary>
        public ReadOnlySpan<byte> RawUtf8 =>
            _isMember ? JsonMarshal.GetRawUtf8PropertyName(_member) : JsonMarshal.GetRawUtf8Value(_value)[1..^1];
    }
}
