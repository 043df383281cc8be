using System.ComponentModel.DataAnnotations;

namespace Argus.Server.Executions;

/// <summary>How this server process runs stored executions (every <c>argus serve</c> runs one worker).</summary>
public sealed class ExecutionWorkerOptions
{
    public const string Section = "Argus:Executions";

    /// <summary>False: this process serves the API only and leaves executions to other processes.</summary>
    /// <value>Default true.</value>
    public bool Enabled { get; set; } = true;

    /// <summary>Executions this process runs at the same time.</summary>
    /// <value>Default 32.</value>
    [Range(1, 100_000)]
    public int MaxConcurrent { get; set; } = 32;

    /// <summary>How long a claim holds without renewal; after a crash another process resumes once it expires.</summary>
    /// <value>Default 30 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:00.500", "01:00:00")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often a running execution's lease is renewed (well below <see cref="LeaseDuration"/>).</summary>
    /// <value>Default 10 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:20:00")]
    public TimeSpan RenewInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often the queue is asked for work when nothing woke the worker, and manual answers are looked for.</summary>
    /// <value>Default 400 milliseconds.</value>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(400);

    /// <summary>This process's name in leases; null makes one from host name, process id and a random suffix.</summary>
    /// <value>Default null.</value>
    [MaxLength(200)]
    public string? WorkerId { get; set; }
}
