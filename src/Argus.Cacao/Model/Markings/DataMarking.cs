using System.Collections.Immutable;
using System.Text.Json;

namespace Argus.Cacao.Model.Markings;

/// <summary>A data marking definition (CACAO 9), the value of a <c>data_marking_definitions</c> entry.</summary>
/// <remarks>
/// One derived record per data-marking-type-enum value, and <see cref="UnknownMarking"/> for any other <c>type</c>.
/// <see cref="Type"/> follows from the record type.
/// </remarks>
public abstract record DataMarking : CacaoObject
{
    /// <summary>Sets the marking type for a derived record.</summary>
    /// <param name="type">The <c>type</c> value, null when the source had none.</param>
    private protected DataMarking(string? type) => Type = type;

    /// <summary>The marking type (<c>type</c>); see <see cref="DataMarkingTypes"/>.</summary>
    public string? Type { get; }

    /// <summary>The marking identifier (<c>id</c>).</summary>
    public string? Id { get; init; }

    /// <summary>The name (<c>name</c>).</summary>
    public string? Name { get; init; }

    /// <summary>A description (<c>description</c>).</summary>
    public string? Description { get; init; }

    /// <summary>The creating identity (<c>created_by</c>).</summary>
    public string? CreatedBy { get; init; }

    /// <summary>Creation time (<c>created</c>).</summary>
    public string? Created { get; init; }

    /// <summary>Whether the marking is revoked (<c>revoked</c>).</summary>
    public bool? Revoked { get; init; }

    /// <summary>Start of validity (<c>valid_from</c>).</summary>
    public string? ValidFrom { get; init; }

    /// <summary>End of validity (<c>valid_until</c>).</summary>
    public string? ValidUntil { get; init; }

    /// <summary>Free-form labels (<c>labels</c>).</summary>
    public ImmutableArray<string>? Labels { get; init; }

    /// <summary>External references (<c>external_references</c>).</summary>
    public ImmutableArray<ExternalReference>? ExternalReferences { get; init; }

    /// <summary>Extension values as raw JSON objects keyed by extension-definition identifier
    /// (<c>marking_extensions</c>).</summary>
    public OrderedMap<JsonElement>? MarkingExtensions { get; init; }
}
