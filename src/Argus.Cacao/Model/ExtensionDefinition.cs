using System.Collections.Immutable;

namespace Argus.Cacao.Model;

/// <summary>An extension definition (CACAO 8), the value of an <c>extension_definitions</c> entry keyed by its
/// <c>extension-definition--</c> identifier.</summary>
public sealed record ExtensionDefinition : CacaoObject
{
    /// <summary>The object type (<c>type</c>; the spec requires <c>extension-definition</c>).</summary>
    public string? Type { get; init; }

    /// <summary>The extension name (<c>name</c>, required by the spec).</summary>
    public string? Name { get; init; }

    /// <summary>A description (<c>description</c>).</summary>
    public string? Description { get; init; }

    /// <summary>The identity that created the extension (<c>created_by</c>, required by the spec).</summary>
    public string? CreatedBy { get; init; }

    /// <summary>The normative definition: a URL or the schema text (<c>schema</c>, required by the spec).</summary>
    public string? Schema { get; init; }

    /// <summary>The extension version, SemVer encouraged (<c>version</c>, required by the spec).</summary>
    public string? Version { get; init; }

    /// <summary>External references (<c>external_references</c>).</summary>
    public ImmutableArray<ExternalReference>? ExternalReferences { get; init; }
}
