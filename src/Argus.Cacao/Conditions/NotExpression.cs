namespace Argus.Cacao.Conditions;

/// <summary><c>NOT Operand</c>: the negation of a condition.</summary>
/// <param name="Operand">The negated condition.</param>
public sealed record NotExpression(ConditionExpression Operand) : ConditionExpression;
