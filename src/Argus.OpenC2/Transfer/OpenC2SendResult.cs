using System.Collections.Immutable;
using Argus.OpenC2.Validation;

namespace Argus.OpenC2.Transfer;

/// <summary>
/// The outcome of sending one command: every expected failure is a case here, not an exception. Callers switch over
/// the cases. The OpenC2 status is the one in the body, whatever the HTTP status line said.
/// </summary>
public abstract record OpenC2SendResult(string RequestId)
{
    /// <summary>A response arrived (any OpenC2 status but 102; read <see cref="OpenC2ResponseMessage.Response"/>.Status).</summary>
    public sealed record Response(string RequestId, OpenC2ResponseMessage Message, int HttpStatus, string? ResponseRequestId)
        : OpenC2SendResult(RequestId);

    /// <summary>No body: HTTP 204 or an empty 2xx, as for <c>response_requested: none</c>.</summary>
    public sealed record NoResponse(string RequestId, int HttpStatus) : OpenC2SendResult(RequestId);

    /// <summary>Body status 102: the consumer accepted the command and has not finished it.</summary>
    public sealed record Accepted(string RequestId, OpenC2ResponseMessage Message, int HttpStatus) : OpenC2SendResult(RequestId);

    /// <summary>An HTTP error status without a readable OpenC2 response; <paramref name="Body"/> is the start of the body text.</summary>
    public sealed record HttpError(string RequestId, int HttpStatus, string Body) : OpenC2SendResult(RequestId);

    /// <summary>A 2xx answer whose body is not a valid OpenC2 response.</summary>
    public sealed record MalformedResponse(string RequestId, int HttpStatus, ImmutableArray<OpenC2Issue> Issues) : OpenC2SendResult(RequestId);

    /// <summary>The command was not valid OpenC2 and was not sent.</summary>
    public sealed record InvalidCommand(string RequestId, OpenC2ValidationReport Report) : OpenC2SendResult(RequestId);

    /// <summary>No answer within <paramref name="After"/>; the command may or may not have been executed.</summary>
    public sealed record Timeout(string RequestId, TimeSpan After) : OpenC2SendResult(RequestId);

    /// <summary>No HTTP answer: TLS, connection or protocol failure.</summary>
    public sealed record TransportError(string RequestId, OpenC2TransportFailure Failure, string Message) : OpenC2SendResult(RequestId);
}
