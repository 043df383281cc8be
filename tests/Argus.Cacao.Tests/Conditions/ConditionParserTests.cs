using Argus.Cacao.Conditions;

namespace Argus.Cacao.Tests.Conditions;

public sealed class ConditionParserTests
{
    [Theory]
    [InlineData("__a__:value = 1", "__a__:value = 1")]
    [InlineData("__a__:value == 1", "__a__:value = 1")]
    [InlineData("__a__:value <> 'x'", "__a__:value != 'x'")]
    [InlineData("__a__:value!='x'", "__a__:value != 'x'")]
    [InlineData("__whileStepVariable__:value <= 10", "__whileStepVariable__:value <= 10")]
    [InlineData("__soarca_ssh_result__:value != '01-01-2025'", "__soarca_ssh_result__:value != '01-01-2025'")]
    [InlineData("__should.execute.true__:value = yes", "__should.execute.true__:value = 'yes'")]
    [InlineData("__my-var__:value >= -3.5", "__my-var__:value >= -3.5")]
    [InlineData("__a__:value < 1e3", "__a__:value < 1000.0")]
    [InlineData("__a__:value > +7", "__a__:value > 7")]
    [InlineData("'x' = __a__:value", "'x' = __a__:value")]
    [InlineData("__a__:value = \"say \\\"hi\\\"\"", "__a__:value = 'say \"hi\"'")]
    [InlineData("__a__:value = 'it\\'s \\\\ ok'", "__a__:value = 'it\\'s \\\\ ok'")]
    [InlineData("__a__:value = TRUE", "__a__:value = true")]
    [InlineData("__t__:value > t'2020-01-01T00:00:00Z'", "__t__:value > '2020-01-01T00:00:00Z'")]
    [InlineData("__h__:value = h'ff00' OR __b__:value = b'AAE='", "__h__:value = 'ff00' OR __b__:value = 'AAE='")]
    [InlineData("__ifStepVariable__:value", "__ifStepVariable__:value")]
    [InlineData("not __flag__:value", "NOT __flag__:value")]
    [InlineData("[__a__:value = 1]", "__a__:value = 1")]
    [InlineData("[__a__:value = 1] or [__b__:value = 2]", "__a__:value = 1 OR __b__:value = 2")]
    [InlineData("__a__:value = 1 or __b__:value = 2 and __c__:value = 3", "__a__:value = 1 OR __b__:value = 2 AND __c__:value = 3")]
    [InlineData("(__a__:value = 1 or __b__:value = 2) and __c__:value = 3", "(__a__:value = 1 OR __b__:value = 2) AND __c__:value = 3")]
    [InlineData("__a__:value = 1 and (__b__:value = 2 and __c__:value = 3)", "__a__:value = 1 AND (__b__:value = 2 AND __c__:value = 3)")]
    [InlineData("NOT (__a__:value = 1 AND __b__:value)", "NOT (__a__:value = 1 AND __b__:value)")]
    [InlineData("NOT NOT __a__:value", "NOT NOT __a__:value")]
    [InlineData("__a__:value in (1, 'two', __b__:value)", "__a__:value IN (1, 'two', __b__:value)")]
    [InlineData("__a__:value NOT IN ()", "__a__:value NOT IN ()")]
    [InlineData("__a__:value like 'ab%_'", "__a__:value LIKE 'ab%_'")]
    [InlineData("__a__:value Not Matches '^a+$'", "__a__:value NOT MATCHES '^a+$'")]
    [InlineData("__ip__:value ISSUBSET '10.0.0.0/8'", "__ip__:value ISSUBSET '10.0.0.0/8'")]
    [InlineData("__net__:value NOT ISSUPERSET 10.1.2.3", "__net__:value NOT ISSUPERSET '10.1.2.3'")]
    public void Parse_ValidCondition_PrintsCanonicalText(string text, string canonical)
    {
        var result = ConditionParser.Parse(text);

        var parsed = Assert.IsType<ConditionParseResult.Parsed>(result);
        Assert.Equal(canonical, parsed.Expression.ToString());
    }

    [Theory]
    [InlineData("", 0, "empty")]
    [InlineData("   ", 0, "empty")]
    [InlineData("__a__:value = 'abc", 14, "closing")]
    [InlineData("__a__:value = 'a\\nb'", 16, "escape")]
    [InlineData("__a__:value = t'2020", 14, "closing")]
    [InlineData("__a__:value ! 1", 12, "'!'")]
    [InlineData("__a__:value =", 13, "found the end")]
    [InlineData("__a__:value = 1 AND", 19, "found the end")]
    [InlineData("__a__:value = 1 __b__:value", 16, "after a complete condition")]
    [InlineData("(__a__:value = 1", 16, "')'")]
    [InlineData("[__a__:value = 1)", 16, "']'")]
    [InlineData("__a__:value = 1)", 15, "after a complete condition")]
    [InlineData("'x'", 3, "comparison operator")]
    [InlineData("5 AND __a__:value", 2, "comparison operator")]
    [InlineData("__a__ = 1", 0, "__name__:value")]
    [InlineData("__1a__:value = 1", 0, "start with a letter")]
    [InlineData("__a$b__:value = 1", 3, "contains '$'")]
    [InlineData("__a__:value NOT = 1", 16, "after NOT")]
    [InlineData("__a__:value IN 1", 15, "'('")]
    [InlineData("__a__:value IN (1 2)", 18, "',' or ')'")]
    [InlineData("__a__:value = 1e999", 14, "out of range")]
    [InlineData("AND __a__:value", 0, "Expected a variable reference or a literal")]
    [InlineData("__a__:value = = 1", 14, "Expected a variable reference or a literal")]
    public void Parse_InvalidCondition_ReportsErrorAtPosition(string text, int position, string messagePart)
    {
        var result = ConditionParser.Parse(text);

        var failed = Assert.IsType<ConditionParseResult.Failed>(result);
        Assert.Equal(position, failed.Error.Position);
        Assert.Contains(messagePart, failed.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NestingAtLimit_Parses()
    {
        var text = new string('(', ConditionParser.MaxDepth) + "__a__:value" + new string(')', ConditionParser.MaxDepth);

        var result = ConditionParser.Parse(text);

        Assert.IsType<ConditionParseResult.Parsed>(result);
    }

    [Fact]
    public void Parse_NestingBeyondLimit_ReportsErrorAtTheFirstTooDeepParenthesis()
    {
        var depth = ConditionParser.MaxDepth + 1;
        var text = new string('(', depth) + "__a__:value" + new string(')', depth);

        var result = ConditionParser.Parse(text);

        var failed = Assert.IsType<ConditionParseResult.Failed>(result);
        Assert.Equal(ConditionParser.MaxDepth, failed.Error.Position);
        Assert.Contains("deeper", failed.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_VeryDeepNotChain_ReportsErrorInsteadOfOverflowingTheStack()
    {
        var text = string.Concat(Enumerable.Repeat("NOT ", 100_000)) + "__a__:value";

        var result = ConditionParser.Parse(text);

        var failed = Assert.IsType<ConditionParseResult.Failed>(result);
        Assert.Equal(4 * ConditionParser.MaxDepth, failed.Error.Position);
    }

    [Fact]
    public void Parse_LongAndChain_ReportsErrorAtTheOperatorBeyondTheLimit()
    {
        var text = string.Join(" AND ", Enumerable.Repeat("__a__:value", ConditionParser.MaxDepth + 1));

        var result = ConditionParser.Parse(text);

        var failed = Assert.IsType<ConditionParseResult.Failed>(result);
        Assert.Equal(text.Length - "AND __a__:value".Length, failed.Error.Position);
    }

    [Fact]
    public void Parse_BareWordLiteral_ParsesWithWarningAtItsPosition()
    {
        var result = ConditionParser.Parse("__should.execute.true__:value = yes");

        var parsed = Assert.IsType<ConditionParseResult.Parsed>(result);
        var warning = Assert.Single(parsed.Warnings);
        Assert.Equal(32, warning.Position);
        Assert.Equal(
            new ComparisonExpression(new VariableReference("__should.execute.true__"), ComparisonOperator.Equal, new StringLiteral("yes")),
            parsed.Expression);
    }

    [Fact]
    public void Parse_QuotedLiterals_ParseWithoutWarnings()
    {
        var result = ConditionParser.Parse("__a__:value = 'yes' OR __a__:value IN (1, 2.5, true)");

        var parsed = Assert.IsType<ConditionParseResult.Parsed>(result);
        Assert.Empty(parsed.Warnings);
    }

    [Fact]
    public void Parse_AndOrChains_AssociateLeftWithAndBindingTighter()
    {
        var a = new VariableTruthExpression(new VariableReference("__a__"));
        var b = new VariableTruthExpression(new VariableReference("__b__"));
        var c = new VariableTruthExpression(new VariableReference("__c__"));

        var result = ConditionParser.Parse("__a__:value OR __b__:value AND NOT __c__:value OR __a__:value");

        var parsed = Assert.IsType<ConditionParseResult.Parsed>(result);
        Assert.Equal(new OrExpression(new OrExpression(a, new AndExpression(b, new NotExpression(c))), a), parsed.Expression);
    }

    [Theory]
    [InlineData("__switchStepVariable__:value", typeof(VariableReference))]
    [InlineData("  'a b'  ", typeof(StringLiteral))]
    [InlineData("fallback", typeof(StringLiteral))]
    [InlineData("42", typeof(IntegerLiteral))]
    public void TryParseOperand_SingleOperand_ReturnsIt(string text, Type expected)
    {
        var ok = ConditionParser.TryParseOperand(text, out var operand, out var error);

        Assert.True(ok);
        Assert.Null(error);
        Assert.IsType(expected, operand);
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("__a__:value = 1", 12)]
    [InlineData("__a__", 0)]
    [InlineData("'open", 0)]
    public void TryParseOperand_NotASingleOperand_ReportsPosition(string text, int position)
    {
        var ok = ConditionParser.TryParseOperand(text, out var operand, out var error);

        Assert.False(ok);
        Assert.Null(operand);
        Assert.NotNull(error);
        Assert.Equal(position, error.Position);
    }
}
