using System.Collections.Immutable;

namespace Argus.Storage.Executions;

/// <summary>
/// The latest snapshot of one step invocation. The storage layer keeps the seed's execution-status object as JSON
/// (<see cref="RecordJson"/>, written by the engine) and the bookkeeping beside it; it does not interpret the record.
/// </summary>
public sealed record StoredStepInvocation
{
    public required Guid ExecutionId { get; init; }

    /// <summary>The execution-status record's id (<c>execution-status--uuid</c>); the row's key.</summary>
    public required string RecordId { get; init; }

    /// <summary>The engine's stable key of the invocation (same on every replay of the execution).</summary>
    public required string InvocationKey { get; init; }

    public required string StepId { get; init; }
    public required string StepType { get; init; }
    public required string BranchPath { get; init; }
    public int? Iteration { get; init; }

    /// <summary>The seed's status name (<c>ongoing</c>, <c>successfully_executed</c>, …).</summary>
    public required string Status { get; init; }

    /// <summary>The execution-status object as seed-exact JSON.</summary>
    public required string RecordJson { get; init; }

    /// <summary>True when the record is exported as an execution-status object (steps that invoke something).</summary>
    public required bool ProducesStatusRecord { get; init; }

    /// <summary>The values the step wrote into scope (out_args, manual answers), by variable name.</summary>
    public ImmutableDictionary<string, string> Outputs { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>The store's order of first insertion within the execution (1, 2, …); set by the store.</summary>
    public long Sequence { get; init; }

    /// <summary>The store's order of the last change within the execution; set by the store (live streams poll by it).</summary>
    public long ChangeSequence { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }
}
