namespace Argus.Cacao.Json;

/// <summary>Bounds applied to untrusted JSON before any CACAO rule runs.</summary>
public sealed record JsonInputLimits
{
    /// <summary>The defaults: 16 MiB and 64 levels of nesting.</summary>
    public static JsonInputLimits Default { get; } = new();

    /// <summary>Largest accepted document, in UTF-8 bytes.</summary>
    /// <value>Default 16 MiB: real playbooks are a few kilobytes; this leaves room for embedded content.</value>
    public int MaxDocumentBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>Deepest accepted nesting of objects and arrays.</summary>
    /// <value>Default 64: the CS01 model needs about 8 levels; extensions and dictionary variables get the rest.</value>
    public int MaxDepth { get; init; } = 64;
}
