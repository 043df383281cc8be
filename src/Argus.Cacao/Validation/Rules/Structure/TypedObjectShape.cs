using System.Text.Json;
using Argus.Cacao.Json;
using Argus.Cacao.Json.Tape;

namespace Argus.Cacao.Validation.Rules.Structure;

/// <summary>
/// An object whose properties depend on its <c>type</c>: a known type gets its full shape (unknown properties
/// warn), any other type gets the common shape only, since an open vocabulary may add types we cannot know.
/// </summary>
internal sealed class TypedObjectShape
{
    private readonly ObjectShape[] _shapes;
    private readonly Utf8NameTable _types;
    private readonly ObjectShape _common;

    public TypedObjectShape(ObjectShape common, IEnumerable<KeyValuePair<string, ObjectShape>> byType)
    {
        _common = common;
        var known = byType.ToArray();
        _shapes = [.. known.Select(k => k.Value)];
        _types = new Utf8NameTable([.. known.Select(k => k.Key)]);
        Value = new ValueShape(Check);
    }

    public ValueShape Value { get; }

    public static string? TypeOf(TapeValue value) =>
        value.ValueKind == JsonValueKind.Object && value.TryGetProperty("type"u8, out var type)
        && type.ValueKind == JsonValueKind.String
            ? type.GetString()
            : null;

    public void Check(ValidationContext context, TapeValue value, in PointerPath path) => CheckTyped(context, value, path);

    /// <summary>Checks the value and returns its <c>type</c> member, undefined when it has none or is no object.</summary>
    /// <remarks>For callers that compare the type with something else, so that the object is searched for it once.</remarks>
    public TapeValue CheckTyped(ValidationContext context, TapeValue value, in PointerPath path)
    {
        var shape = _common;
        var type = default(TapeValue);
        if (value.ValueKind == JsonValueKind.Object && context.TryGetMember(value, "type"u8, out type)
            && type.ValueKind == JsonValueKind.String)
        {
            var index = _types.IndexOfText(type);
            if (index >= 0)
            {
                shape = _shapes[index];
            }
        }

        shape.Check(context, value, path);
        return type;
    }
}
