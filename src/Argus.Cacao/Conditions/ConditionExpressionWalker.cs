namespace Argus.Cacao.Conditions;

/// <summary>Walks one expression tree for <see cref="ConditionEvaluator"/>, stopping at the first error.</summary>
internal sealed class ConditionExpressionWalker
{
    private readonly IConditionVariables _variables;
    private readonly ConditionEvaluationOptions _options;

    public ConditionExpressionWalker(IConditionVariables variables, ConditionEvaluationOptions options)
    {
        _variables = variables;
        _options = options;
    }

    public ConditionEvaluationError? Evaluate(ConditionExpression expression, out bool value)
    {
        value = false;
        switch (expression)
        {
            case OrExpression or:
                return Evaluate(or.Left, out value) ?? (value ? null : Evaluate(or.Right, out value));
            case AndExpression and:
                return Evaluate(and.Left, out value) ?? (value ? Evaluate(and.Right, out value) : null);
            case NotExpression not:
                var error = Evaluate(not.Operand, out var inner);
                value = !inner;
                return error;
            case VariableTruthExpression truth:
                return EvaluateTruth(truth.Variable, out value);
            case ComparisonExpression comparison:
                return EvaluateComparison(comparison, out value);
            case SetMembershipExpression set:
                return EvaluateSet(set, out value);
            default:
                throw new ArgumentException($"Unknown expression type {expression.GetType().Name}.", nameof(expression));
        }
    }

    private ConditionEvaluationError? EvaluateTruth(VariableReference variable, out bool value)
    {
        value = false;
        var error = ConditionEvaluator.Resolve(variable, _variables, out var operand);
        if (error is not null)
        {
            return error;
        }

        var parsed = OperandComparer.ParseBoolean(operand.Text.Trim());
        if (parsed is null)
        {
            return new ConditionEvaluationError(ConditionErrorKind.NotBoolean,
                $"The {operand.Label} stands alone as the condition but does not hold true or false.");
        }

        value = parsed.Value;
        return null;
    }

    private ConditionEvaluationError? EvaluateComparison(ComparisonExpression comparison, out bool value)
    {
        value = false;
        var error = ConditionEvaluator.Resolve(comparison.Left, _variables, out var left);
        if (error is not null)
        {
            return error;
        }

        error = ConditionEvaluator.Resolve(comparison.Right, _variables, out var right);
        if (error is not null)
        {
            return error;
        }

        var operatorText = ConditionPrinter.Keyword(comparison.Operator);
        switch (comparison.Operator)
        {
            case ComparisonOperator.Equal or ComparisonOperator.NotEqual:
                error = OperandComparer.AreEqual(left, right, out var equal);
                value = equal == (comparison.Operator == ComparisonOperator.Equal);
                break;
            case ComparisonOperator.LessThan or ComparisonOperator.LessThanOrEqual
                or ComparisonOperator.GreaterThan or ComparisonOperator.GreaterThanOrEqual:
                error = OperandComparer.Order(left, right, operatorText, out var order);
                value = comparison.Operator switch
                {
                    ComparisonOperator.LessThan => order < 0,
                    ComparisonOperator.LessThanOrEqual => order <= 0,
                    ComparisonOperator.GreaterThan => order > 0,
                    _ => order >= 0,
                };
                break;
            case ComparisonOperator.Like:
                value = LikePattern.IsMatch(left.Text, right.Text);
                break;
            case ComparisonOperator.Matches:
                error = ConditionEvaluator.MatchRegex(left, right, _options.MatchTimeout, out value);
                break;
            case ComparisonOperator.IsSubset or ComparisonOperator.IsSuperset:
                error = EvaluateContainment(comparison.Operator, left, right, operatorText, out value);
                break;
            default:
                throw new ArgumentException($"Unknown operator {comparison.Operator}.", nameof(comparison));
        }

        if (comparison.IsNegated && IsKeywordOperator(comparison.Operator))
        {
            value = !value;
        }

        return error;
    }

    internal static bool IsKeywordOperator(ComparisonOperator op) =>
        op is ComparisonOperator.Like or ComparisonOperator.Matches or ComparisonOperator.IsSubset or ComparisonOperator.IsSuperset;

    private static ConditionEvaluationError? EvaluateContainment(
        ComparisonOperator op, TypedOperand left, TypedOperand right, string operatorText, out bool value)
    {
        value = false;
        var error = OperandComparer.ParseIpBlock(left, operatorText, out var leftBlock);
        if (error is not null)
        {
            return error;
        }

        error = OperandComparer.ParseIpBlock(right, operatorText, out var rightBlock);
        if (error is not null)
        {
            return error;
        }

        value = op == ComparisonOperator.IsSubset ? leftBlock.IsWithin(rightBlock) : rightBlock.IsWithin(leftBlock);
        return null;
    }

    private ConditionEvaluationError? EvaluateSet(SetMembershipExpression set, out bool value)
    {
        value = false;
        var error = ConditionEvaluator.Resolve(set.Left, _variables, out var left);
        foreach (var member in set.Members)
        {
            if (error is not null || value)
            {
                break;
            }

            error = ConditionEvaluator.Resolve(member, _variables, out var right);
            if (error is null)
            {
                error = OperandComparer.AreEqual(left, right, out value);
            }
        }

        value = value != set.IsNegated;
        return error;
    }
}
