using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;

namespace Argus.Cacao.Conditions;

/// <summary>
/// The recursive-descent parser behind <see cref="ConditionParser"/>. One instance per parse. Each method returns
/// null after recording the first error in <see cref="Error"/>, so no exception is used for bad input.
/// </summary>
internal sealed class ConditionTokenParser
{
    private readonly List<ConditionToken> _tokens;
    private int _index;
    private int _nesting;

    public ConditionTokenParser(List<ConditionToken> tokens) => _tokens = tokens;

    public ConditionSyntaxError? Error { get; private set; }

    public ImmutableArray<ConditionSyntaxWarning>.Builder Warnings { get; } = ImmutableArray.CreateBuilder<ConditionSyntaxWarning>();

    private ConditionToken Current => _tokens[_index];

    public ConditionExpression? ParseCondition()
    {
        var expression = ParseOr();
        if (expression is null)
        {
            return null;
        }

        return Current.Kind == ConditionTokenKind.End
            ? expression.Value.Node
            : Fail<ConditionExpression>($"Unexpected {Describe(Current)} after a complete condition; expected AND, OR or the end.");
    }

    public ConditionOperand? ParseSingleOperand()
    {
        if (Current.Kind == ConditionTokenKind.End)
        {
            return Fail<ConditionOperand>("Expected a variable reference or a literal, found nothing.");
        }

        var operand = ParseOperand();
        if (operand is null)
        {
            return null;
        }

        return Current.Kind == ConditionTokenKind.End
            ? operand
            : Fail<ConditionOperand>($"Unexpected {Describe(Current)}; expected a single variable reference or literal.");
    }

    // Height travels with each node so that long AND/OR chains count towards the depth limit like nesting does.
    private (ConditionExpression Node, int Height)? ParseOr()
    {
        var left = ParseAnd();
        while (left is not null && Current.IsKeyword("OR"))
        {
            var operatorToken = Current;
            _index++;
            var right = ParseAnd();
            left = right is null ? null : Combine(operatorToken, left.Value, right.Value, static (l, r) => new OrExpression(l, r));
        }

        return left;
    }

    private (ConditionExpression Node, int Height)? ParseAnd()
    {
        var left = ParseUnary();
        while (left is not null && Current.IsKeyword("AND"))
        {
            var operatorToken = Current;
            _index++;
            var right = ParseUnary();
            left = right is null ? null : Combine(operatorToken, left.Value, right.Value, static (l, r) => new AndExpression(l, r));
        }

        return left;
    }

    private (ConditionExpression Node, int Height)? Combine(
        ConditionToken operatorToken,
        (ConditionExpression Node, int Height) left,
        (ConditionExpression Node, int Height) right,
        Func<ConditionExpression, ConditionExpression, ConditionExpression> create)
    {
        var height = Math.Max(left.Height, right.Height) + 1;
        return height > ConditionParser.MaxDepth
            ? FailAt(operatorToken, $"The condition nests deeper than {ConditionParser.MaxDepth} levels.")
            : (create(left.Node, right.Node), height);
    }

    private (ConditionExpression Node, int Height)? ParseUnary()
    {
        var token = Current;
        if (token.IsKeyword("NOT") || token.Kind is ConditionTokenKind.LeftParenthesis or ConditionTokenKind.LeftBracket)
        {
            if (++_nesting > ConditionParser.MaxDepth)
            {
                return FailAt(token, $"The condition nests deeper than {ConditionParser.MaxDepth} levels.");
            }

            _index++;
            var result = token.Kind == ConditionTokenKind.Keyword ? ParseNot(token) : ParseGroup(token);
            _nesting--;
            return result;
        }

        return ParseTest();
    }

    private (ConditionExpression Node, int Height)? ParseNot(ConditionToken notToken)
    {
        var operand = ParseUnary();
        if (operand is null)
        {
            return null;
        }

        var height = operand.Value.Height + 1;
        return height > ConditionParser.MaxDepth
            ? FailAt(notToken, $"The condition nests deeper than {ConditionParser.MaxDepth} levels.")
            : (new NotExpression(operand.Value.Node), height);
    }

    private (ConditionExpression Node, int Height)? ParseGroup(ConditionToken opening)
    {
        var inner = ParseOr();
        if (inner is null)
        {
            return null;
        }

        var closing = opening.Kind == ConditionTokenKind.LeftParenthesis
            ? ConditionTokenKind.RightParenthesis
            : ConditionTokenKind.RightBracket;
        if (Current.Kind != closing)
        {
            var expected = closing == ConditionTokenKind.RightParenthesis ? "')'" : "']'";
            return Fail($"Expected {expected} to close the {opening.Text} at position {opening.Position}, found {Describe(Current)}.");
        }

        _index++;
        return inner;
    }

    private (ConditionExpression Node, int Height)? ParseTest()
    {
        var leftToken = Current;
        var left = ParseOperand();
        if (left is null)
        {
            return null;
        }

        var token = Current;
        if (token.Kind == ConditionTokenKind.Operator)
        {
            _index++;
            var right = ParseOperand();
            return right is null ? null : (new ComparisonExpression(left, SymbolOperator(token.Text), right), 1);
        }

        var negated = false;
        if (token.IsKeyword("NOT"))
        {
            negated = true;
            _index++;
            token = Current;
            if (token.Kind != ConditionTokenKind.Keyword || token.Text is "AND" or "OR" or "NOT")
            {
                return Fail($"Expected IN, LIKE, MATCHES, ISSUBSET or ISSUPERSET after NOT, found {Describe(token)}.");
            }
        }

        if (token.Kind == ConditionTokenKind.Keyword && token.Text is not ("AND" or "OR" or "NOT"))
        {
            _index++;
            if (token.Text == "IN")
            {
                var members = ParseSet();
                return members is null ? null : (new SetMembershipExpression(left, members.Value, negated), 1);
            }

            var right = ParseOperand();
            return right is null
                ? null
                : (new ComparisonExpression(left, KeywordOperator(token.Text), right) { IsNegated = negated }, 1);
        }

        if (left is VariableReference variable)
        {
            return (new VariableTruthExpression(variable), 1);
        }

        return FailAt(token,
            $"Expected a comparison operator after {Describe(leftToken)}, found {Describe(token)}; only a variable may stand alone as a condition.");
    }

    private ImmutableArray<ConditionOperand>? ParseSet()
    {
        if (Current.Kind != ConditionTokenKind.LeftParenthesis)
        {
            return FailSet($"Expected '(' to open the set after IN, found {Describe(Current)}.");
        }

        _index++;
        var members = ImmutableArray.CreateBuilder<ConditionOperand>();
        if (Current.Kind == ConditionTokenKind.RightParenthesis)
        {
            _index++;
            return members.ToImmutable();
        }

        while (true)
        {
            var member = ParseOperand();
            if (member is null)
            {
                return null;
            }

            members.Add(member);
            switch (Current.Kind)
            {
                case ConditionTokenKind.Comma:
                    _index++;
                    continue;
                case ConditionTokenKind.RightParenthesis:
                    _index++;
                    return members.ToImmutable();
                default:
                    return FailSet($"Expected ',' or ')' in the set, found {Describe(Current)}.");
            }
        }
    }

    private ConditionOperand? ParseOperand()
    {
        var token = Current;
        ConditionOperand? operand = token.Kind switch
        {
            ConditionTokenKind.Variable => new VariableReference(token.Text),
            ConditionTokenKind.String => new StringLiteral(token.Text),
            ConditionTokenKind.BareWord => new StringLiteral(token.Text),
            ConditionTokenKind.Integer => new IntegerLiteral(BigInteger.Parse(token.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)),
            ConditionTokenKind.Float => new FloatLiteral(double.Parse(token.Text, NumberStyles.Float, CultureInfo.InvariantCulture)),
            ConditionTokenKind.Boolean => new BooleanLiteral(token.Text == "true"),
            _ => null,
        };
        if (operand is null)
        {
            return Fail<ConditionOperand>($"Expected a variable reference or a literal, found {Describe(token)}.");
        }

        if (token.Kind == ConditionTokenKind.BareWord)
        {
            Warnings.Add(new ConditionSyntaxWarning(
                $"The unquoted word '{token.Text}' is read as the string '{token.Text}'; quote it to say so.", token.Position));
        }

        _index++;
        return operand;
    }

    private static ComparisonOperator SymbolOperator(string symbol) => symbol switch
    {
        "=" => ComparisonOperator.Equal,
        "!=" => ComparisonOperator.NotEqual,
        "<" => ComparisonOperator.LessThan,
        "<=" => ComparisonOperator.LessThanOrEqual,
        ">" => ComparisonOperator.GreaterThan,
        ">=" => ComparisonOperator.GreaterThanOrEqual,
        _ => throw new ArgumentOutOfRangeException(nameof(symbol), symbol, "The lexer produced an unknown operator."),
    };

    private static ComparisonOperator KeywordOperator(string keyword) => keyword switch
    {
        "LIKE" => ComparisonOperator.Like,
        "MATCHES" => ComparisonOperator.Matches,
        "ISSUBSET" => ComparisonOperator.IsSubset,
        "ISSUPERSET" => ComparisonOperator.IsSuperset,
        _ => throw new ArgumentOutOfRangeException(nameof(keyword), keyword, "The lexer produced an unknown keyword."),
    };

    private static string Describe(ConditionToken token) => token.Kind switch
    {
        ConditionTokenKind.End => "the end of the condition",
        ConditionTokenKind.Variable => $"the variable {token.Text}:value",
        ConditionTokenKind.String => "a string literal",
        ConditionTokenKind.Keyword => token.Text,
        _ => $"'{token.Text}'",
    };

    private (ConditionExpression Node, int Height)? Fail(string message) => FailAt(Current, message);

    private (ConditionExpression Node, int Height)? FailAt(ConditionToken token, string message)
    {
        Error ??= new ConditionSyntaxError(message, token.Position);
        return null;
    }

    private ImmutableArray<ConditionOperand>? FailSet(string message)
    {
        Error ??= new ConditionSyntaxError(message, Current.Position);
        return null;
    }

    private T? Fail<T>(string message)
        where T : class
    {
        Error ??= new ConditionSyntaxError(message, Current.Position);
        return null;
    }
}
