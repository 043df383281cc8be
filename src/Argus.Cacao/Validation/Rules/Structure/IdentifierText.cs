using Argus.Cacao.Json;
using Argus.Cacao.Primitives;

namespace Argus.Cacao.Validation.Rules.Structure;

/// <summary>Parses identifiers and reports the malformed ones with the reason.</summary>
internal static class IdentifierText
{
    public static bool TryParse(ValidationContext context, string text, PointerPath path, out CacaoIdentifier identifier)
    {
        if (CacaoIdentifier.TryParse(text, out identifier, out var error))
        {
            return true;
        }

        var reason = error switch
        {
            CacaoIdentifierError.InvalidObjectType => "the part before '--' is not a lowercase object type",
            CacaoIdentifierError.InvalidUuid => "the part after '--' is not a UUID",
            CacaoIdentifierError.InvalidUuidVariant => "the UUID does not have the RFC 9562 variant",
            CacaoIdentifierError.InvalidUuidVersion => "the UUID version is not one RFC 9562 defines",
            _ => "it does not end in '--' and a UUID",
        };
        context.Error(path, ValidationCodes.IdentifierMalformed,
            $"{JsonText.Quote(text)} is not an identifier of the form object-type--UUID: {reason}.");
        return false;
    }
}
