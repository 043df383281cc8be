namespace Argus.OpenC2.Language;

/// <summary>The response status codes of LS v1.0 §3.3.2.1; no other value is a valid <c>status</c>.</summary>
public static class OpenC2StatusCode
{
    /// <summary>Accepted, not yet complete (the answer to <c>response_requested: ack</c>).</summary>
    public const int Processing = 102;
    public const int Ok = 200;
    public const int BadRequest = 400;
    public const int Unauthorized = 401;
    public const int Forbidden = 403;
    public const int NotFound = 404;
    public const int InternalError = 500;
    public const int NotImplemented = 501;
    public const int ServiceUnavailable = 503;

    /// <summary>True for the nine codes LS v1.0 defines.</summary>
    public static bool IsDefined(int status) => status is Processing or Ok or BadRequest or Unauthorized or Forbidden
        or NotFound or InternalError or NotImplemented or ServiceUnavailable;
}
