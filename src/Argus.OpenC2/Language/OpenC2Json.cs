using System.Text.Json;

namespace Argus.OpenC2.Language;

/// <summary>Builds the <see cref="JsonElement"/> values the model keeps for extension content.</summary>
public static class OpenC2Json
{
    /// <summary><c>{}</c>.</summary>
    public static JsonElement EmptyObject { get; } = Parse("{}");

    /// <summary>Parses trusted JSON text (a literal in code) into a detached element. Throws on malformed text.</summary>
    public static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    /// <summary>Serialises <paramref name="value"/> with System.Text.Json defaults into a detached element.</summary>
    public static JsonElement From<T>(T value) => JsonSerializer.SerializeToElement(value);
}
