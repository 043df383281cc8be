using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace Argus.Cacao.Serialization;

/// <summary>Reads one model value from a JSON element and writes it back.</summary>
/// <remarks>
/// <see cref="TryRead"/> is total: it returns false, never throws, when the element does not fit, and the caller then
/// keeps the element raw.
/// </remarks>
internal abstract class JsonCodec<T>
{
    public abstract bool TryRead(JsonElement element, [MaybeNullWhen(false)] out T value);

    public abstract void Write(Utf8JsonWriter writer, T value);
}
