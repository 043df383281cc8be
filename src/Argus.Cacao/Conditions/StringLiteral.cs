namespace Argus.Cacao.Conditions;

/// <summary>A string literal: <c>'text'</c>, <c>"text"</c>, or an unquoted word such as <c>yes</c> accepted for compatibility.</summary>
/// <param name="Value">The decoded text (escapes resolved).</param>
/// <remarks>Compared with a variable, the text is read as a value of the variable's CACAO type.</remarks>
public sealed record StringLiteral(string Value) : ConditionOperand;
