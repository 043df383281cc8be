using Argus.Cacao.Json;

namespace Argus.Cacao.Serialization;

/// <summary>Options of <see cref="CacaoReader.Read(ReadOnlyMemory{byte}, CacaoReaderOptions?)"/>.</summary>
public sealed record CacaoReaderOptions
{
    /// <summary>The defaults: <see cref="JsonInputLimits.Default"/>.</summary>
    public static CacaoReaderOptions Default { get; } = new();

    /// <summary>Size and nesting bounds applied to the bytes before anything else.</summary>
    /// <value>Default <see cref="JsonInputLimits.Default"/> (16 MiB, 64 levels).</value>
    public JsonInputLimits Limits { get; init; } = JsonInputLimits.Default;
}
