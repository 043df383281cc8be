namespace Argus.Cacao.Conditions;

/// <summary><c>Left OR Right</c>: true when either side is true (the right side is skipped when the left is true).</summary>
/// <param name="Left">The first operand.</param>
/// <param name="Right">The second operand.</param>
public sealed record OrExpression(ConditionExpression Left, ConditionExpression Right) : ConditionExpression;
