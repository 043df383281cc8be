using System.ComponentModel.DataAnnotations;

namespace Argus.Execution.Engine;

/// <summary>Settings of the execution engine.</summary>
public sealed class ExecutionOptions
{
    public const string Section = "Argus:Execution";

    /// <summary>Timeout for a step that declares none (spec 4.1: the engine applies its own maximum).</summary>
    /// <value>Default 5 minutes.</value>
    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan DefaultStepTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Iterations after which a while-condition step ends with <c>exception_condition_error</c>.</summary>
    /// <value>Default 1000.</value>
    [Range(1, 1_000_000)]
    public int MaxWhileIterations { get; set; } = 1000;

    /// <summary>How deep playbook-action steps may nest (guards against a playbook calling itself).</summary>
    /// <value>Default 16.</value>
    [Range(1, 256)]
    public int MaxPlaybookDepth { get; set; } = 16;
}
