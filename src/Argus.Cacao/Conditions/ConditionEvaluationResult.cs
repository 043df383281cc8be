namespace Argus.Cacao.Conditions;

/// <summary>The outcome of evaluating a condition: <see cref="Evaluated"/> or <see cref="Failed"/>.</summary>
public abstract record ConditionEvaluationResult
{
    private ConditionEvaluationResult()
    {
    }

    /// <summary>The condition evaluated to a truth value.</summary>
    /// <param name="Value">The condition's value.</param>
    public sealed record Evaluated(bool Value) : ConditionEvaluationResult;

    /// <summary>The condition could not be evaluated.</summary>
    /// <param name="Error">Why.</param>
    public sealed record Failed(ConditionEvaluationError Error) : ConditionEvaluationResult;
}
