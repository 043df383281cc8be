namespace Argus.Cacao.Conditions;

/// <summary>Settings for <see cref="ConditionEvaluator"/>.</summary>
public sealed record ConditionEvaluationOptions
{
    /// <summary>The defaults.</summary>
    public static ConditionEvaluationOptions Default { get; } = new();

    /// <summary>How long one MATCHES regular expression may run before evaluation fails with <see cref="ConditionErrorKind.MatchTimeout"/>.</summary>
    /// <value>Default 1 second: patterns come from playbooks and values from command output, so neither is trusted.</value>
    public TimeSpan MatchTimeout { get; init; } = TimeSpan.FromSeconds(1);
}
