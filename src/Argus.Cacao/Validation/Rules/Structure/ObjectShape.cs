using System.Collections.Frozen;
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
    private readonly FrozenDictionary<string, PropertyRule> _properties;
    private readonly PropertyRule[] _required;
    private readonly Action<ValidationContext, JsonElement, string>[] _crossChecks;
    private readonly bool _reportsUnknown;

    public ObjectShape(IEnumerable<PropertyRule> properties, bool reportsUnknown = true,
        params Action<ValidationContext, JsonElement, string>[] crossChecks)
    {
        // A later rule with the same name overrides an earlier one: specific types refine common properties.
        var byName = new Dictionary<string, PropertyRule>(StringComparer.Ordinal);
        foreach (var property in properties)
        {
            byName[property.Name] = property;
        }

        _properties = byName.ToFrozenDictionary(StringComparer.Ordinal);
        _required = [.. byName.Values.Where(p => p.IsRequired)];
        _crossChecks = crossChecks;
        _reportsUnknown = reportsUnknown;
        Value = new ValueShape(Check);
    }

    /// <summary>This object shape used as the shape of a property value.</summary>
    public ValueShape Value { get; }

    public void Check(ValidationContext context, JsonElement value, string path)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            JsonText.Mismatch(context, path, "an object", value);
            return;
        }

        foreach (var required in _required)
        {
            if (!value.TryGetProperty(required.Name, out _))
            {
                context.Error(JsonPointer.Append(path, required.Name), ValidationCodes.PropertyRequired,
                    $"The required property '{required.Name}' is missing.");
            }
        }

        foreach (var member in value.EnumerateObject())
        {
            var name = member.Name;
            var memberPath = JsonPointer.Append(path, name);
            if (_properties.TryGetValue(name, out var rule))
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
}
