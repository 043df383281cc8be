using System.Numerics;

namespace Argus.Cacao.Conditions;

/// <summary>An integer literal such as <c>10</c> or <c>-3</c>, of any size.</summary>
/// <param name="Value">The value.</param>
public sealed record IntegerLiteral(BigInteger Value) : ConditionOperand;
