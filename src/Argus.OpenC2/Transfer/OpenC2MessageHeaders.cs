using System.Collections.Immutable;

namespace Argus.OpenC2.Transfer;

/// <summary>
/// The <c>headers</c> of an HTTPS v1.1 message envelope (HTTPS transfer v1.1 §3.3.2): <c>request_id</c>,
/// <c>created</c> (ms since 1970-01-01 UTC), <c>from</c> and <c>to</c>.
/// </summary>
public sealed record OpenC2MessageHeaders
{
    public static OpenC2MessageHeaders None { get; } = new();

    public string? RequestId { get; init; }
    public long? Created { get; init; }
    public string? From { get; init; }

    /// <summary>Recipients; some consumers (yuuki) send a single string, which is read as one item.</summary>
    public ImmutableArray<string> To { get; init; } = [];

    public bool IsEmpty => RequestId is null && Created is null && From is null && To.IsDefaultOrEmpty;
}
