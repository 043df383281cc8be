using Argus.Cacao.Vocabularies;

namespace Argus.Cacao.Validation.Rules.Structure;

/// <summary>Agent and target objects (section 7), the same shapes for <c>agent_definitions</c> and <c>target_definitions</c>.</summary>
internal static class AgentTargetShapes
{
    private static readonly PropertyRule[] Common =
    [
        new("type", Shapes.Vocabulary(CacaoVocabularies.AgentTargetTypes), IsRequired: true),
        new("name", Shapes.String, IsRequired: true),
        new("description", Shapes.String),
        new("location", CivicLocationShape.Shape.Value),
        new("agent_target_extensions", DataTypeShapes.Extensions),
    ];

    private static readonly ValueShape Categories = Shapes.ArrayOf(Shapes.Vocabulary(CacaoVocabularies.SecurityCategories), minimumItems: 1);

    private static readonly PropertyRule[] Network =
    [
        new("address", AddressShape.Address, IsRequired: true),
        new("authentication_info", Shapes.Identifier()),
        new("category", Categories),
    ];

    private static readonly PropertyRule Port = new("port", AddressShape.Port);

    public static TypedObjectShape Shape { get; } = new(
        new ObjectShape(Common, reportsUnknown: false),
        [
            Typed("group", new PropertyRule("contact", DataTypeShapes.Contact.Value)),
            Typed("individual", new PropertyRule("contact", DataTypeShapes.Contact.Value)),
            Typed("organization", new PropertyRule("contact", DataTypeShapes.Contact.Value)),
            Typed("location", new PropertyRule("logical", Shapes.ArrayOf(Shapes.String, minimumItems: 1))),
            Typed("sector", new PropertyRule("sector", Shapes.Vocabulary(CacaoVocabularies.IndustrySectors), IsRequired: true)),
            Typed("security-category", new PropertyRule("category", Categories, IsRequired: true)),
            Typed("http-api", [.. Network, Port]),
            Typed("linux", [.. Network, Port]),
            Typed("ssh", [.. Network, Port]),
            Typed("net-address", Network),
        ]);

    private static KeyValuePair<string, ObjectShape> Typed(string type, params PropertyRule[] specific) =>
        new(type, new ObjectShape([.. Common, .. specific]));
}
