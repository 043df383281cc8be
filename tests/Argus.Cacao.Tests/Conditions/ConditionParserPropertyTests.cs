using Argus.Cacao.Conditions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Argus.Cacao.Tests.Conditions;

public sealed class ConditionParserPropertyTests
{
    [Property(MaxTest = 1000)]
    public bool Parse_AnyString_ReturnsAResultWithPositionInsideTheText(string? text)
    {
        var input = text ?? string.Empty;

        var result = ConditionParser.Parse(input);

        return result switch
        {
            ConditionParseResult.Parsed parsed => parsed.Warnings.All(w => w.Position >= 0 && w.Position < input.Length),
            ConditionParseResult.Failed failed => failed.Error.Position >= 0 && failed.Error.Position <= input.Length,
            _ => false,
        };
    }

    [Property(MaxTest = 1000)]
    public Property Parse_TokenSoup_ReturnsAResultWithPositionInsideTheText() =>
        Prop.ForAll(ConditionGenerators.TokenSoup, text => ConditionParser.Parse(text) switch
        {
            ConditionParseResult.Parsed => true,
            ConditionParseResult.Failed failed => failed.Error.Position >= 0 && failed.Error.Position <= text.Length,
            _ => false,
        });

    [Property(MaxTest = 500)]
    public Property Parse_PrintedExpression_ReparsesToAnEqualExpression() =>
        Prop.ForAll(ConditionGenerators.Expressions, expression =>
        {
            var text = expression.ToString();

            var result = ConditionParser.Parse(text);

            return result is ConditionParseResult.Parsed parsed && parsed.Expression.Equals(expression)
                && parsed.Expression.ToString() == text;
        });

    [Property(MaxTest = 300)]
    public Property Evaluate_GeneratedExpressionWithoutVariables_NeverThrows() =>
        Prop.ForAll(ConditionGenerators.Expressions, expression =>
            ConditionEvaluator.Evaluate(expression, ConditionVariables.Empty) is not null);
}
