using Argus.Cacao.Conditions;

namespace Argus.Cacao.Tests.Conditions;

public sealed class ConditionEvaluatorErrorTests
{
    [Theory]
    [InlineData("__missing__:value = 1", ConditionErrorKind.UnknownVariable)]
    [InlineData("__null__:value = 1", ConditionErrorKind.NullValue)]
    [InlineData("__int__:value = 'abc'", ConditionErrorKind.InvalidValue)]
    [InlineData("__bad_int__:value = 1", ConditionErrorKind.InvalidValue)]
    [InlineData("__ip__:value = 'not-an-ip'", ConditionErrorKind.InvalidValue)]
    [InlineData("__ip__:value = '10.0.0'", ConditionErrorKind.InvalidValue)]
    [InlineData("__ip__:value ISSUBSET '10.0.0.0/33'", ConditionErrorKind.InvalidValue)]
    [InlineData("__bool__:value = __uuid__:value", ConditionErrorKind.IncomparableTypes)]
    [InlineData("1 = true", ConditionErrorKind.IncomparableTypes)]
    [InlineData("__bool__:value < true", ConditionErrorKind.UnsupportedOperator)]
    [InlineData("__uuid__:value > '6ba7b810-9dad-11d1-80b4-00c04fd430c8'", ConditionErrorKind.UnsupportedOperator)]
    [InlineData("__int__:value ISSUBSET '10.0.0.0/8'", ConditionErrorKind.UnsupportedOperator)]
    [InlineData("__ip__:value < '2001:db8::1'", ConditionErrorKind.IncomparableTypes)]
    [InlineData("__text__:value", ConditionErrorKind.NotBoolean)]
    [InlineData("__text__:value MATCHES '(unclosed'", ConditionErrorKind.InvalidPattern)]
    [InlineData("__int__:value IN (1, 'x')", ConditionErrorKind.InvalidValue)]
    public void Evaluate_ProblemCondition_ReturnsErrorOfThatKind(string condition, ConditionErrorKind kind)
    {
        var result = ConditionTestVariables.Evaluate(condition, Variables());

        var failed = Assert.IsType<ConditionEvaluationResult.Failed>(result);
        Assert.Equal(kind, failed.Error.Kind);
    }

    [Fact]
    public void Evaluate_InvalidVariableValue_DoesNotRevealTheValue()
    {
        var variables = ConditionTestVariables.Of(("__secret__", "integer", "hunter2"));

        var result = ConditionTestVariables.Evaluate("__secret__:value = 1", variables);

        var failed = Assert.IsType<ConditionEvaluationResult.Failed>(result);
        Assert.Contains("__secret__", failed.Error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", failed.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_CatastrophicRegex_FailsWithMatchTimeout()
    {
        var variables = ConditionTestVariables.Of(("__text__", "string", new string('a', 64) + "!"));
        var parsed = Assert.IsType<ConditionParseResult.Parsed>(ConditionParser.Parse("__text__:value MATCHES '^(a+)+$'"));
        var options = new ConditionEvaluationOptions { MatchTimeout = TimeSpan.FromMilliseconds(20) };

        var result = ConditionEvaluator.Evaluate(parsed.Expression, variables, options);

        var failed = Assert.IsType<ConditionEvaluationResult.Failed>(result);
        Assert.Equal(ConditionErrorKind.MatchTimeout, failed.Error.Kind);
    }

    [Fact]
    public void ResolveSwitch_VariableReference_ReturnsItsValue()
    {
        var variables = ConditionTestVariables.Of(("__switchStepVariable__", "string", "0"));

        var result = ConditionEvaluator.ResolveSwitch("__switchStepVariable__:value", variables);

        Assert.Equal(new SwitchResolution.Resolved("0"), result);
    }

    [Theory]
    [InlineData("'case a'", "case a")]
    [InlineData("fallback", "fallback")]
    [InlineData("42", "42")]
    [InlineData("true", "true")]
    public void ResolveSwitch_Literal_ReturnsItsText(string text, string expected)
    {
        var result = ConditionEvaluator.ResolveSwitch(text, ConditionVariables.Empty);

        Assert.Equal(new SwitchResolution.Resolved(expected), result);
    }

    [Theory]
    [InlineData("__missing__:value", ConditionErrorKind.UnknownVariable)]
    [InlineData("__null__:value", ConditionErrorKind.NullValue)]
    [InlineData("__a__:value = 1", ConditionErrorKind.InvalidSyntax)]
    [InlineData("", ConditionErrorKind.InvalidSyntax)]
    public void ResolveSwitch_Unresolvable_ReturnsError(string text, ConditionErrorKind kind)
    {
        var result = ConditionEvaluator.ResolveSwitch(text, Variables());

        var failed = Assert.IsType<SwitchResolution.Failed>(result);
        Assert.Equal(kind, failed.Error.Kind);
    }

    private static ConditionVariables Variables() => ConditionTestVariables.Of(
        ("__null__", "string", null),
        ("__int__", "integer", "5"),
        ("__bad_int__", "integer", "five"),
        ("__ip__", "ipv4-addr", "10.0.0.1"),
        ("__bool__", "bool", "true"),
        ("__uuid__", "uuid", "6ba7b810-9dad-11d1-80b4-00c04fd430c8"),
        ("__text__", "string", "yes"));
}
