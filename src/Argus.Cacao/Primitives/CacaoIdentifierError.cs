namespace Argus.Cacao.Primitives;

/// <summary>Why a text is not a CACAO identifier (<c>object-type--UUID</c>).</summary>
public enum CacaoIdentifierError
{
    /// <summary>The text is a well-formed identifier.</summary>
    None,

    /// <summary>The text does not end in <c>--</c> followed by a 36-character UUID.</summary>
    MissingUuid,

    /// <summary>The part before <c>--</c> is not a lowercase object type (<c>[a-z][a-z0-9-]+[a-z0-9]</c>).</summary>
    InvalidObjectType,

    /// <summary>The UUID part is not in the 8-4-4-4-12 hexadecimal form.</summary>
    InvalidUuid,

    /// <summary>The UUID's variant bits are not those of RFC 9562 (the first digit of the fourth group must be 8, 9, a or b).</summary>
    InvalidUuidVariant,

    /// <summary>The UUID's version digit is not one RFC 9562 defines (1 to 8).</summary>
    InvalidUuidVersion,
}
