using Argus.Cacao.Model;

namespace Argus.Cacao.Serialization;

/// <summary>Collects map entries in order; a repeated key replaces the earlier value in place (last one wins, as in
/// <see cref="System.Text.Json.JsonDocument"/> lookups).</summary>
internal sealed class OrderedEntries<T>
{
    private readonly List<KeyValuePair<string, T>> _entries = [];
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

    public int Count => _entries.Count;

    public void Set(string key, T value)
    {
        if (_index.TryGetValue(key, out var position))
        {
            _entries[position] = KeyValuePair.Create(key, value);
            return;
        }

        _index.Add(key, _entries.Count);
        _entries.Add(KeyValuePair.Create(key, value));
    }

    public void Remove(string key)
    {
        if (_index.Remove(key, out var position))
        {
            _entries.RemoveAt(position);
            for (var i = position; i < _entries.Count; i++)
            {
                _index[_entries[i].Key] = i;
            }
        }
    }

    public OrderedMap<T> ToMap() => _entries.Count == 0 ? OrderedMap<T>.Empty : new OrderedMap<T>(_entries);
}
