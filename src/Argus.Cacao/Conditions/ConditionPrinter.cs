using System.Globalization;
using System.Text;

namespace Argus.Cacao.Conditions;

/// <summary>Writes expressions and operands as canonical condition text (see <see cref="ConditionExpression.ToString"/>).</summary>
internal static class ConditionPrinter
{
    private const int OrPrecedence = 1;
    private const int AndPrecedence = 2;
    private const int NotPrecedence = 3;
    private const int AtomPrecedence = 4;

    public static string Print(ConditionExpression expression)
    {
        var builder = new StringBuilder();
        Write(builder, expression);
        return builder.ToString();
    }

    public static string Print(ConditionOperand operand)
    {
        var builder = new StringBuilder();
        Write(builder, operand);
        return builder.ToString();
    }

    public static string Keyword(ComparisonOperator op) => op switch
    {
        ComparisonOperator.Equal => "=",
        ComparisonOperator.NotEqual => "!=",
        ComparisonOperator.LessThan => "<",
        ComparisonOperator.LessThanOrEqual => "<=",
        ComparisonOperator.GreaterThan => ">",
        ComparisonOperator.GreaterThanOrEqual => ">=",
        ComparisonOperator.Like => "LIKE",
        ComparisonOperator.Matches => "MATCHES",
        ComparisonOperator.IsSubset => "ISSUBSET",
        ComparisonOperator.IsSuperset => "ISSUPERSET",
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, "Unknown comparison operator."),
    };

    private static void Write(StringBuilder builder, ConditionExpression expression)
    {
        switch (expression)
        {
            case OrExpression or:
                // Both operators are left-associative: a right operand of equal precedence needs parentheses.
                WriteChild(builder, or.Left, OrPrecedence, rightSide: false);
                builder.Append(" OR ");
                WriteChild(builder, or.Right, OrPrecedence, rightSide: true);
                break;
            case AndExpression and:
                WriteChild(builder, and.Left, AndPrecedence, rightSide: false);
                builder.Append(" AND ");
                WriteChild(builder, and.Right, AndPrecedence, rightSide: true);
                break;
            case NotExpression not:
                builder.Append("NOT ");
                WriteChild(builder, not.Operand, NotPrecedence, rightSide: false);
                break;
            case VariableTruthExpression truth:
                Write(builder, truth.Variable);
                break;
            case ComparisonExpression comparison:
                Write(builder, comparison.Left);
                builder.Append(' ');
                if (comparison.IsNegated && ConditionExpressionWalker.IsKeywordOperator(comparison.Operator))
                {
                    builder.Append("NOT ");
                }

                builder.Append(Keyword(comparison.Operator)).Append(' ');
                Write(builder, comparison.Right);
                break;
            case SetMembershipExpression set:
                Write(builder, set.Left);
                builder.Append(set.IsNegated ? " NOT IN (" : " IN (");
                for (var i = 0; i < set.Members.Length; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(", ");
                    }

                    Write(builder, set.Members[i]);
                }

                builder.Append(')');
                break;
            default:
                throw new ArgumentException($"Unknown expression type {expression.GetType().Name}.", nameof(expression));
        }
    }

    private static void WriteChild(StringBuilder builder, ConditionExpression child, int parentPrecedence, bool rightSide)
    {
        var precedence = Precedence(child);
        var needsParentheses = precedence < parentPrecedence || (rightSide && precedence == parentPrecedence);
        if (needsParentheses)
        {
            builder.Append('(');
        }

        Write(builder, child);
        if (needsParentheses)
        {
            builder.Append(')');
        }
    }

    private static int Precedence(ConditionExpression expression) => expression switch
    {
        OrExpression => OrPrecedence,
        AndExpression => AndPrecedence,
        NotExpression => NotPrecedence,
        _ => AtomPrecedence,
    };

    private static void Write(StringBuilder builder, ConditionOperand operand)
    {
        switch (operand)
        {
            case VariableReference variable:
                builder.Append(variable.Name).Append(":value");
                break;
            case StringLiteral text:
                builder.Append('\'');
                foreach (var c in text.Value)
                {
                    if (c is '\'' or '\\')
                    {
                        builder.Append('\\');
                    }

                    builder.Append(c);
                }

                builder.Append('\'');
                break;
            case IntegerLiteral integer:
                builder.Append(integer.Value.ToString(CultureInfo.InvariantCulture));
                break;
            case FloatLiteral number:
                builder.Append(FormatFloat(number.Value));
                break;
            case BooleanLiteral boolean:
                builder.Append(boolean.Value ? "true" : "false");
                break;
            default:
                throw new ArgumentException($"Unknown operand type {operand.GetType().Name}.", nameof(operand));
        }
    }

    /// <summary>Shortest round-trip text that still reads as a float (never as an integer).</summary>
    public static string FormatFloat(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal)
            || !double.IsFinite(value)
            ? text
            : text + ".0";
    }
}
