using System.Collections;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Argus.Cacao.Model;

/// <summary>
/// An immutable dictionary keyed by string that keeps insertion order: the form of every CACAO dictionary
/// (<c>workflow</c>, <c>agent_definitions</c>, <c>playbook_variables</c>, ...), whose key order is kept on output.
/// </summary>
/// <typeparam name="TValue">The value type.</typeparam>
/// <remarks>Keys are compared ordinally. Equality is by reference, like every collection in the model.</remarks>
[CollectionBuilder(typeof(OrderedMapBuilder), nameof(OrderedMapBuilder.Create))]
public sealed class OrderedMap<TValue> : IReadOnlyDictionary<string, TValue>
{
    private readonly Dictionary<string, int> _index;

    /// <summary>The empty map.</summary>
    public static OrderedMap<TValue> Empty { get; } = new([]);

    /// <summary>Creates a map from entries in the order given.</summary>
    /// <param name="entries">The entries; keys must be distinct.</param>
    /// <exception cref="ArgumentException">Two entries have the same key.</exception>
    public OrderedMap(IEnumerable<KeyValuePair<string, TValue>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Entries = [.. entries];
        _index = new Dictionary<string, int>(Entries.Length, StringComparer.Ordinal);
        for (var i = 0; i < Entries.Length; i++)
        {
            if (!_index.TryAdd(Entries[i].Key, i))
            {
                throw new ArgumentException($"The key '{Entries[i].Key}' appears more than once.", nameof(entries));
            }
        }
    }

    /// <summary>The entries in insertion order.</summary>
    public ImmutableArray<KeyValuePair<string, TValue>> Entries { get; }

    /// <inheritdoc />
    public int Count => Entries.Length;

    /// <inheritdoc />
    public IEnumerable<string> Keys => Entries.Select(e => e.Key);

    /// <inheritdoc />
    public IEnumerable<TValue> Values => Entries.Select(e => e.Value);

    /// <inheritdoc />
    /// <exception cref="KeyNotFoundException">The key is absent.</exception>
    public TValue this[string key] => TryGetValue(key, out var value)
        ? value
        : throw new KeyNotFoundException($"The key '{key}' is absent.");

    /// <inheritdoc />
    public bool ContainsKey(string key) => _index.ContainsKey(key);

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out TValue value)
    {
        if (_index.TryGetValue(key, out var position))
        {
            value = Entries[position].Value;
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Returns a map with <paramref name="key"/> set: replaced in place when present, else appended.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The new value.</param>
    /// <returns>The changed map.</returns>
    public OrderedMap<TValue> SetItem(string key, TValue value)
    {
        var entry = KeyValuePair.Create(key, value);
        return _index.TryGetValue(key, out var position)
            ? new OrderedMap<TValue>(Entries.SetItem(position, entry))
            : new OrderedMap<TValue>(Entries.Add(entry));
    }

    /// <summary>Returns a map without <paramref name="key"/>, keeping the order of the other entries.</summary>
    /// <param name="key">The key to remove.</param>
    /// <returns>The changed map, or this map when the key is absent.</returns>
    public OrderedMap<TValue> Remove(string key) =>
        _index.TryGetValue(key, out var position) ? new OrderedMap<TValue>(Entries.RemoveAt(position)) : this;

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, TValue>> GetEnumerator() =>
        ((IEnumerable<KeyValuePair<string, TValue>>)Entries).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
