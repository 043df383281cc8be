using Argus.Cacao.Validation.Reading;

namespace Argus.Cacao.Validation.Rules.Structure;

/// <summary>Structure of <c>extension_definitions</c> (section 10.7).</summary>
internal sealed class ExtensionDefinitionsRule : IValidationRule
{
    // One type only: typed so that the definitions' common check reads the type member once.
    private static readonly TypedObjectShape Shape = new(new ObjectShape(
        [
            new("type", Shapes.Const("extension-definition"), IsRequired: true),
            new("name", Shapes.String, IsRequired: true),
            new("description", Shapes.String),
            new("created_by", Shapes.Identifier("identity"), IsRequired: true),
            new("schema", Shapes.String, IsRequired: true),
            new("version", Shapes.String, IsRequired: true),
            new("external_references", Shapes.ArrayOf(DataTypeShapes.ExternalReference.Value)),
        ]), []);

    public void Check(ValidationContext context) =>
        DefinitionDictionary.Check(context, PlaybookMember.ExtensionDefinitions, Shape);
}
