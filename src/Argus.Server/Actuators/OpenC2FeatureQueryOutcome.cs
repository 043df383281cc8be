namespace Argus.Server.Actuators;

/// <summary>What became of a <c>query features</c> command.</summary>
public enum OpenC2FeatureQueryOutcome
{
    /// <summary>The actuator answered; read the OpenC2 status (200 on success).</summary>
    Response,

    /// <summary>Body status 102: accepted, not finished.</summary>
    Accepted,

    /// <summary>HTTP 204 or an empty body.</summary>
    NoResponse,

    /// <summary>No actuator with that id in the caller's organisation.</summary>
    NotFound,

    /// <summary>No answer within the actuator's timeout.</summary>
    Timeout,

    /// <summary>The TLS handshake failed: untrusted or unpinned server certificate, client certificate refused.</summary>
    TlsError,

    /// <summary>No connection: refused, unreachable, name not resolved.</summary>
    ConnectionError,

    /// <summary>The connection broke or the answer was not HTTP.</summary>
    ProtocolError,

    /// <summary>An HTTP error status without an OpenC2 response (401 from a wrong token, 404 from a wrong path).</summary>
    HttpError,

    /// <summary>A 2xx answer that is not a valid OpenC2 response.</summary>
    MalformedResponse,

    /// <summary>The command would not be valid OpenC2 (a feature listed twice); nothing was sent.</summary>
    InvalidRequest,

    /// <summary>The stored credentials cannot be decrypted with this server's secrets key; nothing was sent.</summary>
    CredentialsUnreadable,
}
