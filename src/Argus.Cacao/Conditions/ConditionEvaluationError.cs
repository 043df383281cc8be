namespace Argus.Cacao.Conditions;

/// <summary>Why a condition could not be evaluated.</summary>
/// <param name="Kind">The kind of problem.</param>
/// <param name="Message">Plain-language explanation naming the variable, type or literal involved; never a variable's value.</param>
public sealed record ConditionEvaluationError(ConditionErrorKind Kind, string Message);
