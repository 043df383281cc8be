using Argus.Server.Actuators;
using Argus.Server.Authorization;
using GraphQL.Types;

namespace Argus.Server.GraphQL.Types;

/// <summary>GraphQL <c>OpenC2FeaturesResult</c>: the answer to query features, or the structured failure.</summary>
public sealed class OpenC2FeaturesResultType : ObjectGraphType<OpenC2FeatureQueryResult>
{
    public OpenC2FeaturesResultType()
    {
        Name = "OpenC2FeaturesResult";
        Description = "The actuator's answer to query features (status, results, JSON), or why there is none (error).";
        this.SetAccess(AccessRequirement.AnyCaller);
        Field<NonNullGraphType<OpenC2FeatureQueryOutcomeType>>("outcome").Resolve(c => c.Source.Outcome);
        Field<StringGraphType>("requestId").Description("The request id sent (X-Request-ID).").Resolve(c => c.Source.RequestId);
        Field<IntGraphType>("httpStatus").Resolve(c => c.Source.HttpStatus);
        Field<IntGraphType>("status").Description("The OpenC2 status from the response body (200 OK).").Resolve(c => c.Source.Status);
        Field<StringGraphType>("statusText").Resolve(c => c.Source.StatusText);
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("versions").Resolve(c => c.Source.Results?.Versions?.ToArray());
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("profiles").Resolve(c => c.Source.Results?.Profiles?.ToArray());
        Field<ListGraphType<NonNullGraphType<OpenC2ActionTargetsType>>>("pairs")
            .Resolve(c => c.Source.Results?.Pairs?.OrderBy(p => p.Key, StringComparer.Ordinal).ToArray());
        Field<FloatGraphType>("rateLimit").Resolve(c => c.Source.Results?.RateLimit);
        Field<StringGraphType>("responseJson").Description("The OpenC2 response as JSON.").Resolve(c => c.Source.ResponseJson);
        Field<StringGraphType>("error").Description("What went wrong, when the outcome is not RESPONSE.").Resolve(c => c.Source.Error);
    }
}
