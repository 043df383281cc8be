namespace Argus.OpenC2.Transfer;

/// <summary>Per-command settings of one send.</summary>
public sealed record OpenC2SendOptions
{
    public static OpenC2SendOptions Default { get; } = new();

    /// <summary>The request id (X-Request-ID and <c>headers.request_id</c>); a new UUIDv4 when null.</summary>
    public string? RequestId { get; init; }

    /// <summary>The step's timeout; <see cref="OpenC2Endpoint.Timeout"/> when null.</summary>
    public TimeSpan? Timeout { get; init; }
}
