namespace Argus.Cacao.Model;

/// <summary>Creates <see cref="OrderedMap{TValue}"/> instances; also the builder behind collection expressions such as
/// <c>OrderedMap&lt;Variable&gt; variables = [KeyValuePair.Create("__ip__", variable)];</c>.</summary>
public static class OrderedMapBuilder
{
    /// <summary>Creates a map from entries in the order given.</summary>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="entries">The entries; keys must be distinct.</param>
    /// <returns>The map.</returns>
    /// <exception cref="ArgumentException">Two entries have the same key.</exception>
    public static OrderedMap<TValue> Create<TValue>(ReadOnlySpan<KeyValuePair<string, TValue>> entries) =>
        entries.IsEmpty ? OrderedMap<TValue>.Empty : new OrderedMap<TValue>(entries.ToArray());
}
