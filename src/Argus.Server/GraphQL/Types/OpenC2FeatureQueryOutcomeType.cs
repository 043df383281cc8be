using Argus.Server.Actuators;
using GraphQL.Types;

namespace Argus.Server.GraphQL.Types;

/// <summary>GraphQL <c>OpenC2FeatureQueryOutcome</c>.</summary>
public sealed class OpenC2FeatureQueryOutcomeType : EnumerationGraphType<OpenC2FeatureQueryOutcome>
{
    public OpenC2FeatureQueryOutcomeType()
    {
        Name = "OpenC2FeatureQueryOutcome";
        Description = "RESPONSE (read status), ACCEPTED (102), NO_RESPONSE, NOT_FOUND, TIMEOUT, TLS_ERROR (certificate refused), CONNECTION_ERROR (refused, unreachable), PROTOCOL_ERROR, HTTP_ERROR (HTTP status without an OpenC2 response), MALFORMED_RESPONSE, INVALID_REQUEST (nothing sent), CREDENTIALS_UNREADABLE (wrong secrets key; nothing sent).";
    }
}
