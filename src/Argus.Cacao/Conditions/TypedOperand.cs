namespace Argus.Cacao.Conditions;

/// <summary>An operand resolved for comparison: its text and how it wants to be compared.</summary>
/// <param name="Domain">The domain its type or literal kind implies.</param>
/// <param name="Strength">Whose domain wins when two differ: a variable's type (2) over a typed literal (1) over a string literal (0).</param>
/// <param name="Text">The value as text.</param>
/// <param name="Label">How messages name it: "variable __x__ (integer)" or "the literal '5'". Never a variable's value.</param>
internal readonly record struct TypedOperand(ValueDomain Domain, int Strength, string Text, string Label)
{
    public const int StringLiteralStrength = 0;
    public const int TypedLiteralStrength = 1;
    public const int VariableStrength = 2;
}
