using Argus.OpenC2.Validation;

namespace Argus.OpenC2.Transfer;

/// <summary>What an <see cref="OpenC2Client"/> takes from its host.</summary>
public sealed record OpenC2ClientOptions
{
    public static OpenC2ClientOptions Default { get; } = new();

    /// <value>Default <see cref="TimeProvider.System"/>: timeouts and <c>headers.created</c>.</value>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Makes request ids; an engine that replays runs injects its own.</summary>
    /// <value>Default: a random UUIDv4 as HTTPS v1.1 §3.3.3 recommends.</value>
    public Func<string> RequestIds { get; init; } = new RequestIdGenerator().Next;

    /// <summary>How commands are checked before sending and responses after receiving.</summary>
    public OpenC2ValidationOptions Validation { get; init; } = OpenC2ValidationOptions.Default;

    /// <summary>The most response bytes read; more is a malformed response.</summary>
    /// <value>Default 1 MiB.</value>
    public int MaxResponseBytes { get; init; } = 1024 * 1024;
}
