namespace Argus.Cacao.Conditions;

/// <summary>A comparison of two operands, such as <c>__count__:value &lt;= 10</c> or <c>__ip__:value NOT ISSUBSET '10.0.0.0/8'</c>.</summary>
/// <param name="Left">The left operand.</param>
/// <param name="Operator">The operator.</param>
/// <param name="Right">The right operand.</param>
public sealed record ComparisonExpression(ConditionOperand Left, ComparisonOperator Operator, ConditionOperand Right)
    : ConditionExpression
{
    /// <summary>True for the <c>NOT LIKE</c>, <c>NOT MATCHES</c>, <c>NOT ISSUBSET</c> and <c>NOT ISSUPERSET</c> forms.</summary>
    /// <value>Default false. Ignored (by evaluation, printing and the parser) for the symbolic operators, which have their own negations.</value>
    public bool IsNegated { get; init; }
}
