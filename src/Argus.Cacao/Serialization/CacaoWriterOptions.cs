namespace Argus.Cacao.Serialization;

/// <summary>Options of <see cref="CacaoWriter"/>.</summary>
public sealed record CacaoWriterOptions
{
    /// <summary>Compact output.</summary>
    public static CacaoWriterOptions Default { get; } = new();

    /// <summary>Whether to indent the output with two spaces per level.</summary>
    /// <value>Default false: compact.</value>
    public bool Indented { get; init; }
}
