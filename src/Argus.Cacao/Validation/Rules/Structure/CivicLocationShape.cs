using System.Globalization;
using System.Text.Json;
using Argus.Cacao.Json;
using Argus.Cacao.Vocabularies;

namespace Argus.Cacao.Validation.Rules.Structure;

/// <summary>civic-location (section 10.3), with the coordinate and country rules the schema leaves out.</summary>
internal static class CivicLocationShape
{
    public static ObjectShape Shape { get; } = new(
        [
            new("name", Shapes.String),
            new("description", Shapes.String),
            new("building_details", Shapes.String),
            new("network_details", Shapes.String),
            new("region", Shapes.Vocabulary(CacaoVocabularies.Regions)),
            new("country", Shapes.String),
            new("administrative_area", Shapes.String),
            new("city", Shapes.String),
            new("street_address", Shapes.String),
            new("postal_code", Shapes.String),
            new("latitude", Shapes.String),
            new("longitude", Shapes.String),
            new("precision", Shapes.String),
        ],
        reportsUnknown: true,
        CheckCountry,
        CheckCoordinates);

    private static void CheckCountry(ValidationContext context, in ObjectMembers value, PointerPath path)
    {
        if (value.TryGet("country"u8, out var country) && country.ValueKind == JsonValueKind.String
            && country.GetString() is { } code && !(code.Length == 2 && code.All(char.IsAsciiLetterUpper))
            && !VariableText.ContainsReference(code))
        {
            context.Error(path.Append("country"), ValidationCodes.LocationInvalid,
                $"{JsonText.Quote(code)} is not an ISO 3166-1 alpha-2 country code (two capital letters).");
        }
    }

    // latitude/longitude MUST come as a pair, 90 >= lat > -90 and 180 >= lon > -180; precision needs both.
    private static void CheckCoordinates(ValidationContext context, in ObjectMembers value, PointerPath path)
    {
        var hasLatitude = Coordinate(context, value, path, "latitude", 90, out _);
        var hasLongitude = Coordinate(context, value, path, "longitude", 180, out _);
        if (hasLatitude != hasLongitude)
        {
            var missing = hasLatitude ? "longitude" : "latitude";
            context.Error(path.Append(missing), ValidationCodes.LocationInvalid,
                "latitude and longitude must be given together.");
        }

        if (value.TryGet("precision"u8, out var precision))
        {
            if (!(hasLatitude && hasLongitude))
            {
                context.Error(path.Append("precision"), ValidationCodes.LocationInvalid,
                    "precision requires both latitude and longitude.");
            }

            if (precision.ValueKind == JsonValueKind.String && precision.GetString() is { } text
                && !VariableText.ContainsReference(text)
                && !(TryNumber(text, out var meters) && meters >= 0))
            {
                context.Error(path.Append("precision"), ValidationCodes.LocationInvalid,
                    $"{JsonText.Quote(text)} is not a precision in meters (a non-negative decimal number).");
            }
        }
    }

    private static bool Coordinate(ValidationContext context, in ObjectMembers value, PointerPath path, string name, int bound, out double number)
    {
        number = 0;
        if (!value.TryGet(name, out var property))
        {
            return false;
        }

        if (property.ValueKind == JsonValueKind.String && property.GetString() is { } text && !VariableText.ContainsReference(text)
            && !(TryNumber(text, out number) && number <= bound && number > -bound))
        {
            context.Error(path.Append(name), ValidationCodes.LocationInvalid,
                $"{JsonText.Quote(text)} is not a {name} in decimal degrees with {bound} >= {name} > -{bound}.");
        }

        return true;
    }

    private static bool TryNumber(string text, out double number) =>
        double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number);
}
