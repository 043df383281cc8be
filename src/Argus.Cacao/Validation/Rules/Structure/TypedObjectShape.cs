using System.Collections.Frozen;
using System.Text.Json;
using Argus.Cacao.Json;

namespace Argus.Cacao.Validation.Rules.Structure;

/// <summary>
/// An object whose properties depend on its <c>type</c>: a known type gets its full shape (unknown properties
/// warn), any other type gets the common shape only, since an open vocabulary may add types we cannot know.
/// </summary>
internal sealed class TypedObjectShape
{
    private readonly FrozenDictionary<string, ObjectShape> _byType;
    private readonly ObjectShape _common;

    public TypedObjectShape(ObjectShape common, IEnumerable<KeyValuePair<string, ObjectShape>> byType)
    {
        _common = common;
        _byType = byType.ToFrozenDictionary(StringComparer.Ordinal);
        Value = new ValueShape(Check);
    }

    public ValueShape Value { get; }

    public static string? TypeOf(JsonElement value) =>
        value.ValueKind == JsonValueKind.Object && value.TryGetProperty("type", out var type)
        && type.ValueKind == JsonValueKind.String
            ? type.GetString()
            : null;

    public void Check(ValidationContext context, JsonElement value, PointerPath path)
    {
        var type = TypeOf(value);
        var shape = type is not null && _byType.TryGetValue(type, out var known) ? known : _common;
        shape.Check(context, value, path);
    }
}
