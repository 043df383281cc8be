using System.Text.Json;
using Argus.Cacao.Json;
using Argus.Cacao.Json.Tape;
using Argus.Cacao.Primitives;
using Argus.Cacao.Validation.Reading;
using Argus.Cacao.Vocabularies;

namespace Argus.Cacao.Validation.Rules.Structure;

/// <summary>
/// Structure of the playbook object itself (section 3.1): required properties, JSON types, vocabularies,
/// timestamps and their order. The definition dictionaries, workflow and signatures are only checked for being
/// dictionaries or lists here; their entries belong to the rules of their kind.
/// </summary>
internal sealed class PlaybookRule : IValidationRule
{
    private static readonly ValueShape Percentage = Shapes.Integer(0, 100);

    private static readonly ObjectShape Shape = new(
        [
            new("type", Shapes.Const("playbook"), IsRequired: true),
            new("spec_version", Shapes.Const("cacao-2.0"), IsRequired: true),
            new("id", Shapes.Identifier("playbook"), IsRequired: true),
            new("name", Shapes.String, IsRequired: true),
            new("description", Shapes.String),
            new("playbook_types", Shapes.ArrayOf(Shapes.Vocabulary(CacaoVocabularies.PlaybookTypes))),
            new("playbook_activities", Shapes.ArrayOf(Shapes.Vocabulary(CacaoVocabularies.PlaybookActivities), minimumItems: 1)),
            new("playbook_processing_summary", DataTypeShapes.ProcessingSummary.Value),
            new("created_by", Shapes.Identifier("identity"), IsRequired: true),
            new("created", Shapes.Timestamp(millisecondPrecision: true), IsRequired: true),
            new("modified", Shapes.Timestamp(millisecondPrecision: true), IsRequired: true),
            new("revoked", Shapes.Boolean),
            new("valid_from", Shapes.Timestamp()),
            new("valid_until", Shapes.Timestamp()),
            new("derived_from", Shapes.ArrayOf(Shapes.Identifier("playbook"), minimumItems: 1)),
            new("related_to", Shapes.ArrayOf(Shapes.Identifier(), minimumItems: 1)),
            new("priority", Percentage),
            new("severity", Percentage),
            new("impact", Percentage),
            new("industry_sectors", Shapes.ArrayOf(Shapes.Vocabulary(CacaoVocabularies.IndustrySectors), minimumItems: 1)),
            new("labels", DataTypeShapes.Labels),
            new("external_references", DataTypeShapes.ExternalReferences),
            new("markings", Shapes.ArrayOf(Shapes.Identifier("marking-statement", "marking-tlp", "marking-iep"), minimumItems: 1)),
            new("playbook_variables", VariableShapes.PlaybookVariables),
            new("workflow_start", Shapes.Identifier(), IsRequired: true),
            new("workflow_exception", Shapes.Identifier()),
            new("workflow", Shapes.DictionaryOf(Shapes.Any), IsRequired: true),
            new("playbook_extensions", DataTypeShapes.Extensions),
            new("authentication_info_definitions", Shapes.DictionaryOf(Shapes.Any, minimumEntries: 1)),
            new("agent_definitions", Shapes.DictionaryOf(Shapes.Any, minimumEntries: 1)),
            new("target_definitions", Shapes.DictionaryOf(Shapes.Any, minimumEntries: 1)),
            new("extension_definitions", Shapes.DictionaryOf(Shapes.Any)),
            new("data_marking_definitions", Shapes.DictionaryOf(Shapes.Any)),
            new("signatures", Shapes.Any),
        ],
        reportsUnknown: true,
        ShareMembers,
        TimestampOrder.CreatedModified,
        TimestampOrder.ValidityWindow,
        CheckIdVersion,
        CheckActivitiesPresent);

    // For each PlaybookMember slot, the number of the property in Shape.
    private static readonly int[] SlotProperties =
        [.. Enumerable.Range(0, PlaybookMember.Slots.Count).Select(slot => PropertyOf(PlaybookMember.NameOf(slot)))];

    public void Check(ValidationContext context) => Shape.Check(context, context.Root, PointerPath.Root);

    // Every slot must be a property of the shape, or the hand-over below could not fill it.
    private static int PropertyOf(string name) => Shape.IndexOf(name) is >= 0 and var index
        ? index
        : throw new InvalidOperationException($"The playbook shape does not define '{name}', which PlaybookMember reads.");

    // The members the other rules read by slot, handed over from this pass: the playbook is not read again for them.
    private static void ShareMembers(ValidationContext context, in ObjectMembers playbook, PointerPath path)
    {
        var members = new TapeValue[SlotProperties.Length];
        for (var slot = 0; slot < members.Length; slot++)
        {
            members[slot] = playbook.At(SlotProperties[slot]);
        }

        context.UsePlaybookMembers(members);
    }

    // Playbooks SHOULD use UUIDv4 and MAY use UUIDv5 (the spec's name-based recipe).
    private static void CheckIdVersion(ValidationContext context, in ObjectMembers playbook, PointerPath path)
    {
        if (!playbook.TryGet("id"u8, out var id) || id.ValueKind != JsonValueKind.String)
        {
            return;
        }

        // The common case, read in place: a well-formed identifier of version 4 or 5 (escaped text is never well formed).
        var raw = id.RawUtf8[1..^1];
        if (CacaoIdentifier.IsWellFormedUtf8(raw, out _, out var version) && version is 4 or 5)
        {
            return;
        }

        if (CacaoIdentifier.TryParse(id.GetString(), out var identifier) && identifier.UuidVersion is not (4 or 5))
        {
            context.Warning(path.Append("id"), ValidationCodes.IdentifierUuidVersion,
                $"The playbook's UUID is version {identifier.UuidVersion}; playbooks should use UUIDv4 (or UUIDv5).");
        }
    }

    // 3.1.2: playbook_types from the vocabulary require at least one activity.
    private static void CheckActivitiesPresent(ValidationContext context, in ObjectMembers playbook, PointerPath path)
    {
        if (playbook.TryGet("playbook_types"u8, out var types) && types.ValueKind == JsonValueKind.Array
            && HasVocabularyType(types) && !playbook.Has("playbook_activities"u8))
        {
            context.Warning(path.Append("playbook_activities"), ValidationCodes.PlaybookActivitiesMissing,
                "playbook_types is populated, so playbook_activities must list at least one activity.");
        }
    }

    private static bool HasVocabularyType(TapeValue types)
    {
        foreach (var type in types.EnumerateArray())
        {
            if (type.ValueKind != JsonValueKind.String)
            {
                continue;
            }

            if (CacaoVocabularies.PlaybookTypes.ContainsText(type))
            {
                return true;
            }
        }

        return false;
    }
}
