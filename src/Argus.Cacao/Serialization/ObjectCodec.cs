using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Argus.Cacao.Model;

namespace Argus.Cacao.Serialization;

/// <summary>
/// Maps a JSON object to a model record member by member, in both directions, from one list of members: what a member
/// cannot read stays raw in <see cref="CacaoObject.Unknown"/>, and the writer follows the source member order.
/// </summary>
internal sealed class ObjectCodec<T> : JsonCodec<T>
    where T : CacaoObject
{
    private readonly Func<T> _create;
    private readonly List<Member> _members = [];
    private readonly Dictionary<string, Member> _byName = new(StringComparer.Ordinal);

    public ObjectCodec(Func<T> create) => _create = create;

    /// <summary>Adds a member held in a reference-typed property; null means absent.</summary>
    public ObjectCodec<T> Add<TValue>(string name, JsonCodec<TValue> codec, Func<T, TValue?> get, Func<T, TValue, T> set)
        where TValue : class
    {
        return Add(new Member(
            name,
            (target, element) => codec.TryRead(element, out var value) ? set(target, value) : null,
            target => get(target) is not null,
            (writer, target) =>
            {
                if (get(target) is { } value)
                {
                    codec.Write(writer, value);
                }
            }));
    }

    /// <summary>Adds a member held in a nullable value-typed property; null means absent.</summary>
    public ObjectCodec<T> AddValue<TValue>(string name, JsonCodec<TValue> codec, Func<T, TValue?> get, Func<T, TValue, T> set)
        where TValue : struct
    {
        return Add(new Member(
            name,
            (target, element) => codec.TryRead(element, out var value) ? set(target, value) : null,
            target => get(target).HasValue,
            (writer, target) =>
            {
                if (get(target) is { } value)
                {
                    codec.Write(writer, value);
                }
            }));
    }

    public override bool TryRead(JsonElement element, [MaybeNullWhen(false)] out T value) =>
        TryRead(element, _create(), out value);

    /// <summary>Reads the members of <paramref name="element"/> into <paramref name="seed"/>.</summary>
    /// <returns>False when the element is no object or a member name cannot be decoded.</returns>
    public bool TryRead(JsonElement element, T seed, [MaybeNullWhen(false)] out T value)
    {
        value = null;
        if (element.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        var result = seed;
        var raw = new OrderedEntries<JsonElement>();
        var order = ImmutableArray.CreateBuilder<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (!JsonText.TryGetName(property, out var name))
            {
                return false;
            }

            if (seen.Add(name))
            {
                order.Add(name);
            }

            if (_byName.TryGetValue(name, out var member) && member.TryRead(result, property.Value) is { } updated)
            {
                result = updated;
                raw.Remove(name);
            }
            else
            {
                raw.Set(name, property.Value.Clone());
            }
        }

        var unknown = new UnknownProperties(raw.ToMap(), order.ToImmutable());
        value = (T)((CacaoObject)result with { Unknown = unknown });
        return true;
    }

    public override void Write(Utf8JsonWriter writer, T value)
    {
        writer.WriteStartObject();
        var unknown = value.Unknown;
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in unknown.SourceOrder)
        {
            WriteMember(writer, value, name, written);
        }

        foreach (var member in _members)
        {
            WriteMember(writer, value, member.Name, written);
        }

        foreach (var entry in unknown.Values.Entries)
        {
            WriteMember(writer, value, entry.Key, written);
        }

        writer.WriteEndObject();
    }

    // A model property wins over a raw member of the same name, so a property set in code replaces what was read.
    private void WriteMember(Utf8JsonWriter writer, T value, string name, HashSet<string> written)
    {
        if (written.Contains(name))
        {
            return;
        }

        if (_byName.TryGetValue(name, out var member) && member.IsPresent(value))
        {
            writer.WritePropertyName(name);
            member.Write(writer, value);
            written.Add(name);
        }
        else if (value.Unknown.TryGetValue(name, out var raw))
        {
            writer.WritePropertyName(name);
            RawJsonWriter.Write(writer, raw);
            written.Add(name);
        }
    }

    private ObjectCodec<T> Add(Member member)
    {
        _byName.Add(member.Name, member);
        _members.Add(member);
        return this;
    }

    private sealed record Member(
        string Name,
        Func<T, JsonElement, T?> TryRead,
        Func<T, bool> IsPresent,
        Action<Utf8JsonWriter, T> Write);
}
