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
    private readonly FrozenDictionary<string, ObjectShape>.AlternateLookup<ReadOnlySpan<char>> _byCharacters;
    private readonly ObjectShape _common;

    public TypedObjectShape(ObjectShape common, IEnumerable<KeyValuePair<string, ObjectShape>> byType)
    {
        _common = common;
        _byType = byType.ToFrozenDictionary(StringComparer.Ordinal);
        _byCharacters = _byType.GetAlternateLookup<ReadOnlySpan<char>>();
        Value = new ValueShape(Check);
    }

    public ValueShape Value { get; }

    public static string? TypeOf(JsonElement value) =>
        value.ValueKind == JsonValueKind.Object && value.TryGetProperty("type"u8, out var type)
        && type.ValueKind == JsonValueKind.String
            ? type.GetString()
            : null;

    public void Check(ValidationContext context, JsonElement value, PointerPath path)
    {
        var shape = _common;
        if (value.ValueKind == JsonValueKind.Object && context.TryGetMember(value, "type"u8, out var type)
            && type.ValueKind == JsonValueKind.String)
        {
            Span<char> buffer = stackalloc char[JsonText.StackLength];
            if (JsonText.TryCopy(type, buffer, out var length)
                ? _byCharacters.TryGetValue(buffer[..length], out var known)
                : _byType.TryGetValue(JsonText.StringOf(type), out known))
            {
                shape = known;
            }
        }

        shape.Check(context, value, path);
    }
}
