using System.Text.Json;
using Argus.Cacao.Json;
using Argus.Cacao.Json.Tape;
using Argus.Cacao.Validation.Reading;
using Argus.Cacao.Vocabularies;

namespace Argus.Cacao.Validation.Rules.Structure;

/// <summary>
/// Structure of <c>data_marking_definitions</c> (section 9): common and per-type required fields, the marking's
/// <c>id</c> equal to its key, and the five standard TLP definitions the CACAO TC says MUST be used.
/// </summary>
internal sealed class DataMarkingDefinitionsRule : IValidationRule
{
    private static readonly PropertyRule[] Common =
    [
        new("type", Shapes.Vocabulary(CacaoVocabularies.DataMarkingTypes), IsRequired: true),
        new("id", Shapes.Identifier("marking-statement", "marking-tlp", "marking-iep"), IsRequired: true),
        new("name", Shapes.String),
        new("description", Shapes.String),
        new("created_by", Shapes.Identifier("identity"), IsRequired: true),
        new("created", Shapes.Timestamp(millisecondPrecision: true), IsRequired: true),
        new("revoked", Shapes.Boolean),
        new("valid_from", Shapes.Timestamp()),
        new("valid_until", Shapes.Timestamp()),
        new("labels", DataTypeShapes.Labels),
        new("external_references", DataTypeShapes.ExternalReferences),
        new("marking_extensions", DataTypeShapes.Extensions),
    ];

    private static readonly ValueShape IepText = Shapes.String;

    private static readonly TypedObjectShape Shape = new(
        new ObjectShape(Common, reportsUnknown: false, TimestampOrder.ValidityWindow),
        [
            Typed("marking-statement", new PropertyRule("statement", Shapes.String, IsRequired: true)),
            Typed("marking-tlp", new PropertyRule("tlpv2_level", Shapes.Vocabulary(CacaoVocabularies.TlpLevels), IsRequired: true)),
            Typed("marking-iep",
                new PropertyRule("name", Shapes.String, IsRequired: true),
                new PropertyRule("description", Shapes.String, IsRequired: true),
                new PropertyRule("tlp", IepText, IsRequired: true),
                new PropertyRule("iep_version", Shapes.Integer(0), IsRequired: true),
                new PropertyRule("start_date", Shapes.Timestamp(), IsRequired: true),
                new PropertyRule("end_date", EndDate, IsRequired: true),
                new PropertyRule("encrypt_in_transit", IepText, IsRequired: true),
                new PropertyRule("permitted_actions", IepText, IsRequired: true),
                new PropertyRule("affected_party_notifications", IepText, IsRequired: true),
                new PropertyRule("attribution", IepText, IsRequired: true),
                new PropertyRule("unmodified_resale", IepText, IsRequired: true),
                // The schema's allOf demands objects (common) and strings (IEP) at once: unsatisfiable; accept either.
                new PropertyRule("external_references", IepReferences)),
        ]);

    private static ValueShape EndDate
    {
        get
        {
            var timestamp = Shapes.Timestamp();
            return new((context, value, in path) =>
            {
                if (value.ValueKind != JsonValueKind.Null)
                {
                    timestamp.Check(context, value, path);
                }
            });
        }
    }

    private static ValueShape IepReferences => Shapes.ArrayOf(new ValueShape((context, value, in path) =>
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            DataTypeShapes.ExternalReference.Check(context, value, path);
        }
    }), minimumItems: 1);

    public void Check(ValidationContext context)
    {
        DefinitionDictionary.Check(context, PlaybookMember.DataMarkingDefinitions, Shape);
        if (!context.Reading.Playbook.TryGetObject(PlaybookMember.DataMarkingDefinitions, out var markings))
        {
            return;
        }

        foreach (var marking in markings.EnumerateObject())
        {
            CheckIdentity(context, marking, PointerPath.Root.Append("data_marking_definitions").Append(marking));
        }
    }

    private static void CheckIdentity(ValidationContext context, TapeMember marking, PointerPath path)
    {
        if (marking.Value.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (marking.Value.TryGetProperty("id"u8, out var id) && id.ValueKind == JsonValueKind.String && !id.ValueEquals(marking.Name))
        {
            context.Error(path.Append("id"), ValidationCodes.MarkingIdMismatch,
                $"The marking's id {JsonText.Quote(JsonText.StringOf(id))} differs from its key {JsonText.Quote(marking.Name)}.");
        }

        if (marking.Value.TryGetProperty("type"u8, out var type) && type.ValueKind == JsonValueKind.String
            && type.ValueEquals("marking-tlp"u8) && marking.Value.TryGetProperty("tlpv2_level"u8, out var level)
            && level.ValueKind == JsonValueKind.String && StandardTlpMarkings.IdByLevel.TryGetValue(JsonText.StringOf(level), out var standard)
            && marking.Name != standard)
        {
            context.Warning(path, ValidationCodes.MarkingTlpNonstandard,
                $"{level.GetString()} must be marked with the standard definition {standard}, not {JsonText.Quote(marking.Name)}.");
        }
    }

    private static KeyValuePair<string, ObjectShape> Typed(string type, params PropertyRule[] specific) =>
        new(type, new ObjectShape([.. Common, .. specific], reportsUnknown: true, TimestampOrder.ValidityWindow));
}
