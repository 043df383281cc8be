namespace Argus.OpenC2.Transfer;

/// <summary>Why no HTTP answer came back.</summary>
public enum OpenC2TransportFailure
{
    /// <summary>The TLS handshake failed: untrusted or wrong server certificate, client certificate refused, no common protocol.</summary>
    Tls,

    /// <summary>No connection: refused, unreachable, name not resolved, reset.</summary>
    Connection,

    /// <summary>The connection broke or the answer was not valid HTTP.</summary>
    Protocol,
}
