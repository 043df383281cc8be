using System.Text.Json.Nodes;
using Argus.Cacao.Validation;

namespace Argus.Cacao.Tests.Validation.Structure;

public sealed class CivicLocationShapeTests
{
    private static readonly string LocationPath = $"/agent_definitions/{TestPlaybooks.AgentId}/location";

    private static JsonObject WithLocation(JsonObject location)
    {
        var playbook = TestPlaybooks.Minimal();
        playbook["agent_definitions"]![TestPlaybooks.AgentId]!["location"] = location;
        return playbook;
    }

    [Fact]
    public void Validate_CompleteLocation_ReportsNothing()
    {
        var playbook = WithLocation(new JsonObject
        {
            ["name"] = "HQ", ["region"] = "western-europe", ["country"] = "NL",
            ["latitude"] = "52.0907", ["longitude"] = "5.1214", ["precision"] = "100",
        });

        playbook.Validate().AssertClean();
    }

    [Fact]
    public void Validate_LatitudeWithoutLongitude_ReportsLocationInvalid()
    {
        var playbook = WithLocation(new JsonObject { ["latitude"] = "52.0" });

        playbook.Validate().AssertError(ValidationCodes.LocationInvalid, $"{LocationPath}/longitude");
    }

    [Theory]
    [InlineData("latitude", "-90")]
    [InlineData("latitude", "90.5")]
    [InlineData("longitude", "181")]
    [InlineData("longitude", "east")]
    public void Validate_CoordinateOutOfRange_ReportsLocationInvalid(string property, string value)
    {
        var location = new JsonObject { ["latitude"] = "10", ["longitude"] = "10" };
        location[property] = value;
        var playbook = WithLocation(location);

        playbook.Validate().AssertError(ValidationCodes.LocationInvalid, $"{LocationPath}/{property}");
    }

    [Fact]
    public void Validate_PrecisionWithoutCoordinates_ReportsLocationInvalid()
    {
        var playbook = WithLocation(new JsonObject { ["precision"] = "10" });

        playbook.Validate().AssertError(ValidationCodes.LocationInvalid, $"{LocationPath}/precision");
    }

    [Theory]
    [InlineData("nl")]
    [InlineData("NLD")]
    public void Validate_CountryNotAlpha2_ReportsLocationInvalid(string country)
    {
        var playbook = WithLocation(new JsonObject { ["country"] = country });

        playbook.Validate().AssertError(ValidationCodes.LocationInvalid, $"{LocationPath}/country");
    }

    [Fact]
    public void Validate_UnknownRegion_ReportsEnumInvalid()
    {
        var playbook = WithLocation(new JsonObject { ["region"] = "middle-earth" });

        playbook.Validate().AssertError(ValidationCodes.EnumInvalid, $"{LocationPath}/region");
    }
}
