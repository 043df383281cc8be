namespace Argus.Cacao.Model;

/// <summary>A physical or logical place (CACAO 10.3 civic-location), the <c>location</c> of an agent or target.</summary>
/// <remarks>Coordinates are strings in the spec and stay strings here.</remarks>
public sealed record CivicLocation : CacaoObject
{
    /// <summary>A name (<c>name</c>).</summary>
    public string? Name { get; init; }

    /// <summary>A description (<c>description</c>).</summary>
    public string? Description { get; init; }

    /// <summary>Building details (<c>building_details</c>).</summary>
    public string? BuildingDetails { get; init; }

    /// <summary>Network details (<c>network_details</c>).</summary>
    public string? NetworkDetails { get; init; }

    /// <summary>The region, from region-enum (<c>region</c>).</summary>
    public string? Region { get; init; }

    /// <summary>The ISO 3166-1 alpha-2 country code (<c>country</c>).</summary>
    public string? Country { get; init; }

    /// <summary>The state, province or similar (<c>administrative_area</c>).</summary>
    public string? AdministrativeArea { get; init; }

    /// <summary>The city (<c>city</c>).</summary>
    public string? City { get; init; }

    /// <summary>The street address (<c>street_address</c>).</summary>
    public string? StreetAddress { get; init; }

    /// <summary>The postal code (<c>postal_code</c>).</summary>
    public string? PostalCode { get; init; }

    /// <summary>The latitude in decimal degrees, as a string (<c>latitude</c>).</summary>
    public string? Latitude { get; init; }

    /// <summary>The longitude in decimal degrees, as a string (<c>longitude</c>).</summary>
    public string? Longitude { get; init; }

    /// <summary>The precision of the coordinates in meters, as a string (<c>precision</c>).</summary>
    public string? Precision { get; init; }
}
