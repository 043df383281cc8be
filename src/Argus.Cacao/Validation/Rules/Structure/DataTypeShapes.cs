using System.Text.Json;
using Argus.Cacao.Json;
using Argus.Cacao.Json.Tape;

namespace Argus.Cacao.Validation.Rules.Structure;

/// <summary>Shapes of the CACAO data types shared by several objects (section 10).</summary>
internal static class DataTypeShapes
{
    private static readonly string[] ReferencePointers = ["description", "source", "url", "external_id", "reference_id"];

    /// <summary>external-reference (10.8): <c>name</c> plus at least one pointer to the referenced material.</summary>
    public static ObjectShape ExternalReference { get; } = new(
        [
            new("name", Shapes.String, IsRequired: true),
            new("description", Shapes.String),
            new("source", Shapes.String),
            new("url", Shapes.String),
            new("external_id", Shapes.String),
            new("reference_id", Shapes.String),
        ],
        reportsUnknown: true,
        CheckExternalReferenceHasPointer);

    public static ValueShape ExternalReferences { get; } = Shapes.ArrayOf(ExternalReference.Value, minimumItems: 1);

    /// <summary>
    /// A <c>*_extensions</c> dictionary: keys are extension-definition ids, values objects whose top-level property
    /// names follow section 10.7 (ASCII <c>[a-z0-9_]</c>, 3 to 250 characters). Deeper content is the extension's own.
    /// </summary>
    public static ValueShape Extensions { get; } = new((context, value, in path) =>
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            JsonText.Mismatch(context, path, "an object keyed by extension-definition identifiers", value);
            return;
        }

        // Only the top-level names are the specification's; everything in the dictionary is read for repeated names.
        context.UniqueNames.CheckAll(value);

        var count = 0;
        var children = path.ForChildren();
        foreach (var member in value.EnumerateObject())
        {
            count++;
            var memberPath = children.Append(member);
            if (IdentifierText.TryParse(context, member.Name, memberPath, out var id) && id.ObjectType != "extension-definition")
            {
                context.Warning(memberPath, ValidationCodes.IdentifierPrefixMismatch,
                    $"{JsonText.Quote(member.Name)} should be an extension-definition identifier.");
            }

            CheckExtensionObject(context, member.Value, memberPath);
        }

        if (count == 0)
        {
            context.Error(children, ValidationCodes.CollectionTooSmall, "The extensions dictionary is empty; omit it instead.");
        }
    });

    /// <summary>playbook-processing-summary (10.14): flags only.</summary>
    public static ObjectShape ProcessingSummary { get; } = new(
        new[]
        {
            "manual_playbook", "external_playbooks", "parallel_processing", "if_logic", "while_logic", "switch_logic",
            "temporal_logic", "data_markings", "digital_signatures", "countersigned_signatures", "extensions",
        }.Select(name => new PropertyRule(name, Shapes.Boolean)));

    /// <summary>contact (10.4): e-mail and phone dictionaries of strings, and free text.</summary>
    public static ObjectShape Contact { get; } = new(
        [
            new("email", Shapes.DictionaryOf(Shapes.String)),
            new("phone", Shapes.DictionaryOf(Shapes.String)),
            new("contact_details", Shapes.String),
        ]);

    public static ValueShape Labels { get; } = Shapes.ArrayOf(Shapes.String, minimumItems: 1);

    private static void CheckExternalReferenceHasPointer(ValidationContext context, in ObjectMembers reference, PointerPath path)
    {
        if (!reference.HasAny(ReferencePointers))
        {
            context.Warning(path, ValidationCodes.ExternalReferenceIncomplete,
                "The external reference has only a name: one of description, source, url, external_id or reference_id must be present.");
        }
    }

    private static void CheckExtensionObject(ValidationContext context, TapeValue value, PointerPath path)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            JsonText.Mismatch(context, path, "an object", value);
            return;
        }

        var children = path.ForChildren();
        foreach (var member in value.EnumerateObject())
        {
            if (!IsExtensionPropertyName(member.Name))
            {
                context.Warning(children.Append(member), ValidationCodes.ExtensionPropertyName,
                    $"{JsonText.Quote(member.Name)} is not a valid extension property name (ASCII a-z, 0-9 and _, 3 to 250 characters).");
            }
        }
    }

    private static bool IsExtensionPropertyName(string name) =>
        name.Length is >= 3 and <= 250 && name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_');
}
