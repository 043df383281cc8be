using System.Text.Json;

namespace Argus.Cacao.Model;

/// <summary>A playbook or step variable (CACAO 10.18), the value of a <c>playbook_variables</c> or
/// <c>step_variables</c> entry keyed by its name (<c>__name__</c>).</summary>
public sealed record Variable : CacaoObject
{
    /// <summary>The variable type (<c>type</c>, variable-type-ov, required by the spec); see <see cref="VariableTypes"/>.</summary>
    public string? Type { get; init; }

    /// <summary>A description (<c>description</c>).</summary>
    public string? Description { get; init; }

    /// <summary>The value (<c>value</c>) as raw JSON, or null when the property is absent.</summary>
    /// <remarks>
    /// The spec allows a string (numbers and booleans are encoded as strings), <c>""</c> for known-empty, JSON
    /// <c>null</c> for unknown, or a JSON object (the <c>dictionary</c> type). A present JSON <c>null</c> is an element
    /// whose <see cref="JsonElement.ValueKind"/> is <see cref="JsonValueKind.Null"/>, distinct from an absent value.
    /// </remarks>
    public JsonElement? Value { get; init; }

    /// <summary>Whether the value may not change (<c>constant</c>; the spec default is false).</summary>
    public bool? Constant { get; init; }

    /// <summary>Whether the initial value comes from the calling context (<c>external</c>; playbook scope only).</summary>
    public bool? External { get; init; }

    /// <summary>The value when it is a JSON string; otherwise null.</summary>
    public string? StringValue => Value is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;
}
