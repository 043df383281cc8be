using System.Collections.Immutable;

namespace Argus.Storage.Executions;

/// <summary>A request to run a stored playbook version (or one action step of it, <see cref="StepId"/>).</summary>
public sealed record ExecutionSubmission
{
    // Added beside the original contract: the bounds every variable map an operator sends (submission and manual
    // answer) must keep; a map outside them is refused as ExecutionChange.Invalid and nothing is stored.

    /// <summary>The most variables one submission or manual answer may carry.</summary>
    public const int MaxVariables = 1000;

    /// <summary>The longest variable name, in characters.</summary>
    public const int MaxNameLength = 256;

    /// <summary>The longest variable value, in characters.</summary>
    public const int MaxValueLength = 65_536;

    public required string PlaybookId { get; init; }

    /// <summary>The version's <c>modified</c> as written in the document; null runs the latest visible version.</summary>
    public string? PlaybookModified { get; init; }

    /// <summary>Set for a single-step execution (<c>executeCacaoStep</c>): the action step to run on its own.</summary>
    public string? StepId { get; init; }

    public ExecutionMode Mode { get; init; } = ExecutionMode.Live;

    /// <summary>Initial values of playbook variables, by name (<c>__name__</c>), as text.</summary>
    public ImmutableDictionary<string, string> Variables { get; init; } = ImmutableDictionary<string, string>.Empty;
}
