namespace Argus.Cacao.Model;

/// <summary>A pointer to information outside the playbook (CACAO 10.9 external-reference).</summary>
/// <remarks>The spec requires <see cref="Name"/> and at least one other property; the model does not enforce it.</remarks>
public sealed record ExternalReference : CacaoObject
{
    /// <summary>The name of the referenced source (<c>name</c>, required by the spec).</summary>
    public string? Name { get; init; }

    /// <summary>A description of the reference (<c>description</c>).</summary>
    public string? Description { get; init; }

    /// <summary>The source of the reference (<c>source</c>).</summary>
    public string? Source { get; init; }

    /// <summary>A URL of the reference (<c>url</c>).</summary>
    public string? Url { get; init; }

    /// <summary>An identifier in the external system (<c>external_id</c>).</summary>
    public string? ExternalId { get; init; }

    /// <summary>A CACAO identifier of a referenced object (<c>reference_id</c>).</summary>
    public string? ReferenceId { get; init; }
}
