namespace Argus.Cacao.Conditions;

/// <summary>The literal <c>true</c> or <c>false</c> (any letter case).</summary>
/// <param name="Value">The value.</param>
public sealed record BooleanLiteral(bool Value) : ConditionOperand;
