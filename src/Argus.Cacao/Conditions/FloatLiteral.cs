namespace Argus.Cacao.Conditions;

/// <summary>A floating-point literal such as <c>3.14</c> or <c>1E+20</c>.</summary>
/// <param name="Value">The value; always finite when produced by <see cref="ConditionParser"/>.</param>
public sealed record FloatLiteral(double Value) : ConditionOperand;
