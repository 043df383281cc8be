namespace Argus.Cacao.Conditions;

/// <summary><c>Left AND Right</c>: true when both sides are true (the right side is skipped when the left is false).</summary>
/// <param name="Left">The first operand.</param>
/// <param name="Right">The second operand.</param>
public sealed record AndExpression(ConditionExpression Left, ConditionExpression Right) : ConditionExpression;
