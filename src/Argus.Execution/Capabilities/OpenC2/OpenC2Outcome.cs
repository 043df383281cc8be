using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Argus.Execution.Status;
using Argus.OpenC2.Language;
using Argus.OpenC2.Serialization;
using Argus.OpenC2.Transfer;

namespace Argus.Execution.Capabilities.OpenC2;

/// <summary>
/// Maps what the actuator answered to a step result (issue 7): the OpenC2 status in the body decides; 200, 102
/// (accepted) and no response (HTTP 204) succeed, 400/401/403/404 are client-side errors, 500/501/503 server-side
/// errors, no answer in time a timeout, and a TLS or connection failure a server-side error with its reason.
/// </summary>
/// <remarks>Text from the consumer passes through <see cref="Redact"/>: the endpoint's credentials never reach a record.</remarks>
internal static class OpenC2Outcome
{
    private const int ConsumerTextCharacters = 300;

    public static CapabilityResult From(OpenC2SendResult sent, ConfiguredActuator actuator)
    {
        var name = actuator.Name;
        var auth = actuator.Endpoint.Authentication;
        return sent switch
        {
            OpenC2SendResult.Response response => FromResponse(response.Message.Response, response.RequestId, actuator),
            OpenC2SendResult.Accepted accepted => new(ExecutionStatus.SuccessfullyExecuted,
                Text($"OpenC2 102 from actuator '{name}': accepted, not yet complete", accepted.Message.Response.StatusText, auth),
                Outputs(accepted.Message.Response, accepted.RequestId, actuator)),
            OpenC2SendResult.NoResponse none => new(ExecutionStatus.SuccessfullyExecuted,
                $"Actuator '{name}' sent no response (HTTP {none.HttpStatus}), as for response_requested none.",
                Outputs(null, none.RequestId, actuator)),
            OpenC2SendResult.HttpError error => new(StatusOf(error.HttpStatus),
                Text($"Actuator '{name}' answered HTTP {error.HttpStatus} without an OpenC2 response", Excerpt(error.Body), auth),
                Outputs(null, error.RequestId, actuator)),
            OpenC2SendResult.MalformedResponse malformed => new(ExecutionStatus.ServerSideError,
                Text($"Actuator '{name}' answered HTTP {malformed.HttpStatus} with a body that is not a valid OpenC2 response",
                    malformed.Issues.IsDefaultOrEmpty ? null : malformed.Issues[0].Message, auth),
                Outputs(null, malformed.RequestId, actuator)),
            OpenC2SendResult.InvalidCommand invalid => CapabilityResult.Failure(ExecutionStatus.ClientSideError,
                $"The OpenC2 command is not valid and was not sent: {invalid.Report.Issues[0].Path} {invalid.Report.Issues[0].Message}"),
            OpenC2SendResult.Timeout timeout => new(ExecutionStatus.TimeoutError,
                $"No answer from actuator '{name}' within {timeout.After.TotalMilliseconds.ToString(CultureInfo.InvariantCulture)} ms; the command may or may not have been executed.",
                Outputs(null, timeout.RequestId, actuator)),
            OpenC2SendResult.TransportError failure => new(ExecutionStatus.ServerSideError,
                Text($"Could not reach actuator '{name}' ({Describe(failure.Failure)})", failure.Message, auth),
                Outputs(null, failure.RequestId, actuator)),
            _ => throw new InvalidOperationException($"Unknown send result {sent.GetType().Name}."),
        };
    }

    /// <summary>The step status for an OpenC2 (or HTTP) status code.</summary>
    public static ExecutionStatus StatusOf(int status) => status switch
    {
        OpenC2StatusCode.Ok or OpenC2StatusCode.Processing => ExecutionStatus.SuccessfullyExecuted,
        >= 200 and < 300 => ExecutionStatus.SuccessfullyExecuted,
        >= 400 and < 500 => ExecutionStatus.ClientSideError,
        _ => ExecutionStatus.ServerSideError,
    };

    /// <summary>Removes the endpoint's credentials from text that came from elsewhere (a consumer may echo headers).</summary>
    public static string Redact(string text, OpenC2Authentication authentication)
    {
        string[] secrets = authentication switch
        {
            OpenC2Authentication.Bearer bearer => [bearer.Token],
            OpenC2Authentication.Basic basic =>
                [basic.Password, Convert.ToBase64String(Encoding.UTF8.GetBytes(basic.UserName + ":" + basic.Password))],
            _ => [],
        };
        return secrets.Where(s => s.Length > 0)
            .OrderByDescending(s => s.Length)
            .Aggregate(text, (current, secret) => current.Replace(secret, "[redacted]", StringComparison.Ordinal));
    }

    private static CapabilityResult FromResponse(OpenC2Response response, string requestId, ConfiguredActuator actuator) =>
        new(StatusOf(response.Status),
            Text($"OpenC2 {response.Status.ToString(CultureInfo.InvariantCulture)} from actuator '{actuator.Name}'",
                response.StatusText, actuator.Endpoint.Authentication),
            Outputs(response, requestId, actuator));

    private static ImmutableDictionary<string, string> Outputs(OpenC2Response? response, string requestId, ConfiguredActuator actuator)
    {
        var auth = actuator.Endpoint.Authentication;
        var json = "";
        var results = "";
        if (response is not null)
        {
            var bytes = OpenC2Writer.ToUtf8Bytes(response);
            json = Redact(Encoding.UTF8.GetString(bytes), auth);
            using var document = JsonDocument.Parse(bytes);
            results = document.RootElement.TryGetProperty("results", out var member) ? Redact(member.GetRawText(), auth) : "";
        }

        return ImmutableDictionary.CreateRange(StringComparer.Ordinal, new KeyValuePair<string, string>[]
        {
            new(OpenC2Outputs.Status, response?.Status.ToString(CultureInfo.InvariantCulture) ?? ""),
            new(OpenC2Outputs.StatusText, response?.StatusText is { } text ? Redact(text, auth) : ""),
            new(OpenC2Outputs.Results, results),
            new(OpenC2Outputs.Response, json),
            new(OpenC2Outputs.SoarcaResult, json),
            new(OpenC2Outputs.RequestId, requestId),
            new(OpenC2Outputs.Actuator, actuator.Name),
        });
    }

    private static string Text(string head, string? detail, OpenC2Authentication auth) =>
        detail is { Length: > 0 } ? $"{head}: {Redact(Excerpt(detail), auth)}" : head + ".";

    private static string Excerpt(string text) =>
        text.Length <= ConsumerTextCharacters ? text : text[..ConsumerTextCharacters] + "…";

    private static string Describe(OpenC2TransportFailure failure) => failure switch
    {
        OpenC2TransportFailure.Tls => "TLS failure",
        OpenC2TransportFailure.Connection => "connection failure",
        _ => "protocol failure",
    };
}
