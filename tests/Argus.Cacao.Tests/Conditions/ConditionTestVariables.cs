using Argus.Cacao.Conditions;

namespace Argus.Cacao.Tests.Conditions;

/// <summary>Builds variable sets and evaluates condition texts for the evaluator tests.</summary>
internal static class ConditionTestVariables
{
    public static ConditionVariables Of(params (string Name, string Type, string? Value)[] variables) =>
        new(variables.Select(v => KeyValuePair.Create(v.Name, new ConditionVariable(v.Type, v.Value))));

    public static ConditionEvaluationResult Evaluate(string condition, IConditionVariables variables)
    {
        var parsed = Assert.IsType<ConditionParseResult.Parsed>(ConditionParser.Parse(condition));
        return ConditionEvaluator.Evaluate(parsed.Expression, variables);
    }
}
