using Argus.Cacao.Conditions;

namespace Argus.Cacao.Tests.Conditions;

/// <summary>The condition example of <c>src/Argus.Cacao/README.md</c> works as written there.</summary>
public sealed class ReadmeConditionExampleTests
{
    [Fact]
    public void ReadmeExample_SubnetAndRetryCondition_EvaluatesTrue()
    {
        var variables = new ConditionVariables([
            KeyValuePair.Create("__ip__", new ConditionVariable("ipv4-addr", "10.1.2.3")),
            KeyValuePair.Create("__retries__", new ConditionVariable("integer", "2")),
        ]);

        var parsed = Assert.IsType<ConditionParseResult.Parsed>(
            ConditionParser.Parse("__ip__:value ISSUBSET '10.0.0.0/8' AND __retries__:value < 3"));
        var result = ConditionEvaluator.Evaluate(parsed.Expression, variables);

        Assert.Equal(new ConditionEvaluationResult.Evaluated(true), result);
    }
}
