namespace Argus.Cacao.Graph;

/// <summary>An outgoing step pointer: the kind of pointer and the identifier of the step it names.</summary>
/// <param name="Kind">The pointer property the edge comes from.</param>
/// <param name="Target">The step identifier the pointer names; it may name no step (a dangling edge).</param>
public sealed record WorkflowEdge(WorkflowEdgeKind Kind, string Target)
{
    /// <summary>The position in <c>next_steps</c> for <see cref="WorkflowEdgeKind.NextStep"/> edges.</summary>
    /// <value>Null for every other kind.</value>
    public int? Index { get; init; }

    /// <summary>The <c>cases</c> key for <see cref="WorkflowEdgeKind.Case"/> edges (for example <c>default</c>).</summary>
    /// <value>Null for every other kind.</value>
    public string? CaseKey { get; init; }

    /// <summary>
    /// True for the pointers that open a branch (spec 4.7 to 4.10): <c>next_steps</c> entries, <c>on_true</c>,
    /// <c>on_false</c> and <c>cases</c> entries. A branch runs until an end step, then control returns to the step
    /// that opened it.
    /// </summary>
    public bool IsBranch => Kind is WorkflowEdgeKind.OnTrue or WorkflowEdgeKind.OnFalse
        or WorkflowEdgeKind.NextStep or WorkflowEdgeKind.Case;

    /// <summary>The CACAO property holding the pointer: <c>on_completion</c>, <c>next_steps</c>, <c>cases</c>, ….</summary>
    public string PropertyName => Kind switch
    {
        WorkflowEdgeKind.OnCompletion => "on_completion",
        WorkflowEdgeKind.OnSuccess => "on_success",
        WorkflowEdgeKind.OnFailure => "on_failure",
        WorkflowEdgeKind.OnTrue => "on_true",
        WorkflowEdgeKind.OnFalse => "on_false",
        WorkflowEdgeKind.NextStep => "next_steps",
        WorkflowEdgeKind.Case => "cases",
        _ => throw new InvalidOperationException($"Unknown edge kind {Kind}."),
    };

    /// <summary>Creates the edge of one <c>next_steps</c> entry.</summary>
    /// <param name="index">The entry's zero-based position.</param>
    /// <param name="target">The step identifier it names.</param>
    /// <returns>A <see cref="WorkflowEdgeKind.NextStep"/> edge.</returns>
    public static WorkflowEdge NextStep(int index, string target)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return new WorkflowEdge(WorkflowEdgeKind.NextStep, target) { Index = index };
    }

    /// <summary>Creates the edge of one <c>cases</c> entry.</summary>
    /// <param name="caseKey">The case value (dictionary key), for example <c>default</c>.</param>
    /// <param name="target">The step identifier it names.</param>
    /// <returns>A <see cref="WorkflowEdgeKind.Case"/> edge.</returns>
    public static WorkflowEdge Case(string caseKey, string target)
    {
        ArgumentNullException.ThrowIfNull(caseKey);
        return new WorkflowEdge(WorkflowEdgeKind.Case, target) { CaseKey = caseKey };
    }
}
