namespace Argus.OpenC2.Language;

/// <summary>The <c>response_requested</c> argument (LS v1.0 §3.4.2.15, Response-Type).</summary>
public enum OpenC2ResponseRequested
{
    /// <summary><c>none</c>: the consumer processes the command and does not answer (HTTP 204 over HTTPS).</summary>
    None,

    /// <summary><c>ack</c>: the consumer answers <c>{"status":102}</c> on receipt.</summary>
    Ack,

    /// <summary><c>status</c>: the consumer answers with the current status.</summary>
    Status,

    /// <summary><c>complete</c>: the consumer answers when done (the default when the argument is absent).</summary>
    Complete,
}
