using Argus.OpenC2.Language;

namespace Argus.Server.Actuators;

/// <summary>The answer to <c>query features</c>: the OpenC2 response, or why there is none. Never holds a credential.</summary>
public sealed record OpenC2FeatureQueryResult(OpenC2FeatureQueryOutcome Outcome)
{
    public string? RequestId { get; init; }

    public int? HttpStatus { get; init; }

    /// <summary>The OpenC2 status from the body.</summary>
    public int? Status { get; init; }

    public string? StatusText { get; init; }

    public OpenC2Results? Results { get; init; }

    /// <summary>The response as OpenC2 JSON.</summary>
    public string? ResponseJson { get; init; }

    /// <summary>What went wrong, for a person (transport message, HTTP body excerpt, validation issues).</summary>
    public string? Error { get; init; }
}
