using Argus.Cacao.Json;

namespace Argus.Cacao.Validation;

/// <summary>Settings for <see cref="PlaybookValidator"/>.</summary>
public sealed record ValidationOptions
{
    /// <summary>The defaults: lenient mode and <see cref="JsonInputLimits.Default"/>.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>Size and nesting bounds for the input.</summary>
    /// <value>Default <see cref="JsonInputLimits.Default"/>.</value>
    public JsonInputLimits Limits { get; init; } = JsonInputLimits.Default;

    /// <summary>When true every warning is reported as an error, so any warning rejects the document.</summary>
    /// <value>Default false.</value>
    public bool Strict { get; init; }
}
