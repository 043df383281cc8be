using System.Collections.Immutable;
using System.Text.Json;

namespace Argus.Cacao.Model;

/// <summary>
/// The JSON members of an object that the model does not represent, as raw values, and the member order of the
/// object they were read from, so the writer can put every member back where it was.
/// </summary>
/// <remarks>
/// A member lands here when its name is unknown to the model (custom properties, properties of custom types) or when
/// its JSON type does not fit the model (a number where a string belongs, <c>workflow</c> as a list). When a model
/// property and an unknown member share a name, the writer emits the model property.
/// </remarks>
public sealed record UnknownProperties
{
    /// <summary>No unknown members and no recorded order.</summary>
    public static UnknownProperties None { get; } = new(OrderedMap<JsonElement>.Empty, []);

    /// <summary>Creates the carrier from raw members and a source order.</summary>
    /// <param name="values">The raw members, in source order. Each value should be self-contained
    /// (<see cref="JsonElement.Clone"/>) so it outlives the document it came from.</param>
    /// <param name="sourceOrder">Every member name of the source object, known or not, in source order.</param>
    public UnknownProperties(OrderedMap<JsonElement> values, ImmutableArray<string> sourceOrder)
    {
        Values = values;
        SourceOrder = sourceOrder;
    }

    /// <summary>The raw members the model does not represent, in source order.</summary>
    public OrderedMap<JsonElement> Values
    {
        get;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            field = value;
        }
    }

    /// <summary>
    /// Every member name of the source object in the order read; empty for objects built in code. The writer follows
    /// it and then appends members that are not listed.
    /// </summary>
    /// <remarks>A default (uninitialised) array is stored as empty.</remarks>
    public ImmutableArray<string> SourceOrder { get; init => field = value.IsDefault ? [] : value; }

    /// <summary>The number of raw members.</summary>
    public int Count => Values.Count;

    /// <summary>Looks up a raw member.</summary>
    /// <param name="name">The member name.</param>
    /// <param name="value">The raw value when present.</param>
    /// <returns>Whether the member is present.</returns>
    public bool TryGetValue(string name, out JsonElement value) => Values.TryGetValue(name, out value);

    /// <summary>Returns a copy with a raw member set (replaced in place, else appended).</summary>
    /// <param name="name">The member name.</param>
    /// <param name="value">The raw value; it is cloned so it does not depend on its document.</param>
    /// <returns>The changed carrier.</returns>
    public UnknownProperties With(string name, JsonElement value) =>
        this with { Values = Values.SetItem(name, value.Clone()) };

    /// <summary>Returns a copy without the named raw member.</summary>
    /// <param name="name">The member name.</param>
    /// <returns>The changed carrier.</returns>
    public UnknownProperties Without(string name) => this with { Values = Values.Remove(name) };
}
