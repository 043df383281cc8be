using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Argus.Cacao.Model;

namespace Argus.Cacao.Serialization;

/// <summary>Chooses the record type of an object from its <c>type</c> member; unlisted or missing types go to a
/// fallback record that keeps the type string.</summary>
internal sealed class PolymorphicCodec<TBase> : JsonCodec<TBase>
    where TBase : CacaoObject
{
    private readonly Dictionary<string, Func<JsonElement, TBase?>> _readers = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, Action<Utf8JsonWriter, TBase>> _writers = [];
    private Func<JsonElement, string?, TBase?> _fallback = (_, _) => null;

    public PolymorphicCodec<TBase> Register<TDerived>(string type, ObjectCodec<TDerived> codec)
        where TDerived : TBase
    {
        _readers.Add(type, element => codec.TryRead(element, out var value) ? value : null);
        _writers.Add(typeof(TDerived), (writer, value) => codec.Write(writer, (TDerived)value));
        return this;
    }

    public PolymorphicCodec<TBase> Fallback<TDerived>(Func<string?, TDerived> create, ObjectCodec<TDerived> codec)
        where TDerived : TBase
    {
        _fallback = (element, type) => codec.TryRead(element, create(type), out var value) ? value : null;
        _writers.Add(typeof(TDerived), (writer, value) => codec.Write(writer, (TDerived)value));
        return this;
    }

    public override bool TryRead(JsonElement element, [MaybeNullWhen(false)] out TBase value)
    {
        value = null;
        if (element.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        // JsonElement.TryGetProperty would throw on a member name escaping a lone surrogate; such an object is
        // unreadable as a whole and stays raw in its parent.
        string? type = null;
        foreach (var property in element.EnumerateObject())
        {
            if (!JsonText.TryGetName(property, out var name))
            {
                return false;
            }

            if (name == "type")
            {
                type = JsonText.TryGetString(property.Value, out var text) ? text : null;
            }
        }

        value = type is not null && _readers.TryGetValue(type, out var read) ? read(element) : _fallback(element, type);
        return value is not null;
    }

    /// <exception cref="ArgumentException">The record type was never registered (a type derived outside this library).</exception>
    public override void Write(Utf8JsonWriter writer, TBase value)
    {
        if (!_writers.TryGetValue(value.GetType(), out var write))
        {
            throw new ArgumentException($"{value.GetType()} is not a {typeof(TBase).Name} this library can write.", nameof(value));
        }

        write(writer, value);
    }
}
