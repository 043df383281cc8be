using System.Collections.Immutable;
using System.Text;
using Argus.OpenC2.Language;
using Argus.OpenC2.Serialization;
using Argus.OpenC2.Transfer;
using Argus.Storage.Access;
using Argus.Storage.Secrets;

namespace Argus.Server.Actuators;

/// <summary>
/// Sends the mandatory OpenC2 <c>query features</c> (LS v1.0 §4) to one configured actuator through the shared
/// <see cref="OpenC2ClientCache"/> and reports the answer or the failure as data.
/// </summary>
public sealed class OpenC2FeatureQuery(StoredActuatorDirectory directory, OpenC2ClientCache clients)
{
    /// <summary>The features asked for when the caller names none: all four.</summary>
    public static ImmutableArray<OpenC2Feature> AllFeatures { get; } =
        [OpenC2Feature.Versions, OpenC2Feature.Profiles, OpenC2Feature.Pairs, OpenC2Feature.RateLimit];

    public async Task<OpenC2FeatureQueryResult> QueryAsync(
        AccessScope scope, Guid actuatorId, ImmutableArray<OpenC2Feature> features, CancellationToken cancellationToken)
    {
        Execution.Capabilities.OpenC2.ConfiguredActuator? actuator;
        try
        {
            actuator = await directory.GetAsync(scope, actuatorId, cancellationToken).ConfigureAwait(false);
        }
        catch (SecretDecryptionException ex)
        {
            return new OpenC2FeatureQueryResult(OpenC2FeatureQueryOutcome.CredentialsUnreadable) { Error = ex.Message };
        }

        if (actuator is null)
        {
            return new OpenC2FeatureQueryResult(OpenC2FeatureQueryOutcome.NotFound);
        }

        var command = new OpenC2Command(OpenC2Action.Query, new OpenC2Target.Features(features));
        var sent = await clients.GetOrCreate(actuator.Endpoint).SendAsync(command, cancellationToken).ConfigureAwait(false);
        return Describe(sent);
    }

    private static OpenC2FeatureQueryResult Describe(OpenC2SendResult sent) => sent switch
    {
        OpenC2SendResult.Response response => FromResponse(OpenC2FeatureQueryOutcome.Response, sent.RequestId, response.HttpStatus, response.Message.Response),
        OpenC2SendResult.Accepted accepted => FromResponse(OpenC2FeatureQueryOutcome.Accepted, sent.RequestId, accepted.HttpStatus, accepted.Message.Response),
        OpenC2SendResult.NoResponse none => new(OpenC2FeatureQueryOutcome.NoResponse) { RequestId = sent.RequestId, HttpStatus = none.HttpStatus },
        OpenC2SendResult.HttpError error => new(OpenC2FeatureQueryOutcome.HttpError)
        {
            RequestId = sent.RequestId, HttpStatus = error.HttpStatus, Error = $"HTTP {error.HttpStatus}: {error.Body}",
        },
        OpenC2SendResult.MalformedResponse malformed => new(OpenC2FeatureQueryOutcome.MalformedResponse)
        {
            RequestId = sent.RequestId, HttpStatus = malformed.HttpStatus, Error = Issues(malformed.Issues.Select(i => $"{i.Path}: {i.Message}")),
        },
        OpenC2SendResult.InvalidCommand invalid => new(OpenC2FeatureQueryOutcome.InvalidRequest)
        {
            RequestId = sent.RequestId, Error = Issues(invalid.Report.Issues.Select(i => $"{i.Path}: {i.Message}")),
        },
        OpenC2SendResult.Timeout timeout => new(OpenC2FeatureQueryOutcome.Timeout)
        {
            RequestId = sent.RequestId, Error = $"No answer within {timeout.After.TotalSeconds} s; the actuator may still act on the command.",
        },
        OpenC2SendResult.TransportError transport => new(transport.Failure switch
        {
            OpenC2TransportFailure.Tls => OpenC2FeatureQueryOutcome.TlsError,
            OpenC2TransportFailure.Connection => OpenC2FeatureQueryOutcome.ConnectionError,
            _ => OpenC2FeatureQueryOutcome.ProtocolError,
        })
        {
            RequestId = sent.RequestId, Error = transport.Message,
        },
        _ => throw new InvalidOperationException($"Unknown send result {sent.GetType().Name}."),
    };

    private static OpenC2FeatureQueryResult FromResponse(OpenC2FeatureQueryOutcome outcome, string requestId, int httpStatus, OpenC2Response response) =>
        new(outcome)
        {
            RequestId = requestId,
            HttpStatus = httpStatus,
            Status = response.Status,
            StatusText = response.StatusText,
            Results = response.Results,
            ResponseJson = Encoding.UTF8.GetString(OpenC2Writer.ToUtf8Bytes(response)),
        };

    private static string Issues(IEnumerable<string> issues) => string.Join("; ", issues);
}
