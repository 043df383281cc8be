using System.Collections.Frozen;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Argus.Cacao.Json;

namespace Argus.Cacao.Validation.Rules.Structure;

/// <summary>
/// A JSON object with named properties: reports a non-object, each missing required property (at the path the
/// property would have), each property value that breaks its shape, and, when the object's type is fully known,
/// each property the type does not define. Cross-property checks run last.
/// </summary>
internal sealed class ObjectShape
{
    // Longer than any property name CACAO defines.
    private const int MaxDefinedNameLength = 64;

    private readonly FrozenDictionary<string, PropertyRule> _properties;
    private readonly FrozenDictionary<string, PropertyRule>.AlternateLookup<ReadOnlySpan<char>> _byCharacters;
    private readonly PropertyRule[] _required;
    private readonly Action<ValidationContext, JsonElement, PointerPath>[] _crossChecks;
    private readonly bool _reportsUnknown;

    public ObjectShape(IEnumerable<PropertyRule> properties, bool reportsUnknown = true,
        params Action<ValidationContext, JsonElement, PointerPath>[] crossChecks)
    {
        // A later rule with the same name overrides an earlier one: specific types refine common properties.
        var byName = new Dictionary<string, PropertyRule>(StringComparer.Ordinal);
        foreach (var property in properties)
        {
            byName[property.Name] = property;
        }

        _properties = byName.ToFrozenDictionary(StringComparer.Ordinal);
        _byCharacters = _properties.GetAlternateLookup<ReadOnlySpan<char>>();
        _required = [.. byName.Values.Where(p => p.IsRequired)];
        _crossChecks = crossChecks;
        _reportsUnknown = reportsUnknown;
        Value = new ValueShape(Check);
    }

    /// <summary>This object shape used as the shape of a property value.</summary>
    public ValueShape Value { get; }

    public void Check(ValidationContext context, JsonElement value, PointerPath path)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            JsonText.Mismatch(context, path, "an object", value);
            return;
        }

        path = path.ForChildren();

        foreach (var required in _required)
        {
            if (!value.TryGetProperty(required.Name, out _))
            {
                context.Error(path.Append(required.Name), ValidationCodes.PropertyRequired,
                    $"The required property '{required.Name}' is missing.");
            }
        }

        foreach (var member in value.EnumerateObject())
        {
            var memberPath = path.Append(member);
            if (Find(member) is { } rule)
            {
                rule.Shape.Check(context, member.Value, memberPath);
            }
            else if (_reportsUnknown)
            {
                context.Warning(memberPath, ValidationCodes.PropertyUnknown,
                    $"The property {JsonText.Quote(member.Name)} is not defined for this object; it is kept but not interpreted.");
            }
        }

        foreach (var crossCheck in _crossChecks)
        {
            crossCheck(context, value, path);
        }
    }

    // Looks the member up by its raw UTF-8 name, decoded on the stack: no name string per member. Escaped or long
    // names (none of the defined ones is either) take the decoded string.
    private PropertyRule? Find(JsonProperty member)
    {
        var raw = JsonMarshal.GetRawUtf8PropertyName(member);
        if (raw.Length > MaxDefinedNameLength || raw.IndexOf((byte)'\\') >= 0)
        {
            return _properties.GetValueOrDefault(member.Name);
        }

        Span<char> name = stackalloc char[MaxDefinedNameLength];
        var length = Encoding.UTF8.GetChars(raw, name);
        return _byCharacters.TryGetValue(name[..length], out var rule) ? rule : null;
    }
}
