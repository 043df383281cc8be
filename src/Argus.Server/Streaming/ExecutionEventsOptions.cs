using System.ComponentModel.DataAnnotations;

namespace Argus.Server.Streaming;

/// <summary>How <c>GET /executions/{id}/events</c> polls storage and keeps the connection alive.</summary>
public sealed class ExecutionEventsOptions
{
    public const string Section = "Argus:ExecutionEvents";

    /// <summary>The pause between two reads of storage while the execution is open.</summary>
    /// <value>Default 200 ms.</value>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The longest silence before a comment line keeps proxies from closing the connection.</summary>
    /// <value>Default 15 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The longest one stream stays open; the client then reconnects with <c>Last-Event-ID</c>.</summary>
    /// <value>Default 1 hour.</value>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan MaxStreamDuration { get; set; } = TimeSpan.FromHours(1);
}
