using System.Collections.Immutable;
using System.Text.Json;

namespace Argus.Storage.Sql.Executions;

/// <summary>Variable maps and name lists as the JSON text of their columns.</summary>
internal static class VariableJson
{
    public static string Write<T>(T value) => JsonSerializer.Serialize(value);

    public static ImmutableDictionary<string, string> ReadMap(string json) =>
        JsonSerializer.Deserialize<ImmutableDictionary<string, string>>(json)
        ?? throw new InvalidOperationException("A stored variable map holds JSON null.");

    public static ImmutableDictionary<string, string?>? ReadNullableMap(string? json) =>
        json is null ? null : JsonSerializer.Deserialize<ImmutableDictionary<string, string?>>(json);

    public static ImmutableArray<string> ReadList(string json) =>
        JsonSerializer.Deserialize<ImmutableArray<string>>(json);
}
