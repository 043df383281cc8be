using Argus.OpenC2.Language;
using GraphQL.Types;

namespace Argus.Server.GraphQL.Types;

/// <summary>GraphQL <c>OpenC2Feature</c>: an item of the <c>features</c> target of <c>query</c>.</summary>
public sealed class OpenC2FeatureType : EnumerationGraphType
{
    public OpenC2FeatureType()
    {
        Name = "OpenC2Feature";
        Description = "What query features asks for (OpenC2 LS v1.0 §3.4.2.4).";
        Add("VERSIONS", OpenC2Feature.Versions, "Supported language versions.");
        Add("PROFILES", OpenC2Feature.Profiles, "Supported actuator profiles.");
        Add("PAIRS", OpenC2Feature.Pairs, "Supported action/target pairs.");
        Add("RATE_LIMIT", OpenC2Feature.RateLimit, "Commands per minute the actuator accepts.");
    }
}
