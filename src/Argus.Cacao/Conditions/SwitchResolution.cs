namespace Argus.Cacao.Conditions;

/// <summary>The outcome of <see cref="ConditionEvaluator.ResolveSwitch"/>: <see cref="Resolved"/> or <see cref="Failed"/>.</summary>
public abstract record SwitchResolution
{
    private SwitchResolution()
    {
    }

    /// <summary>The switch resolved to a value, to be matched against the keys of <c>cases</c>.</summary>
    /// <param name="Value">The variable's value or the literal's text.</param>
    public sealed record Resolved(string Value) : SwitchResolution;

    /// <summary>The switch could not be resolved.</summary>
    /// <param name="Error">Why.</param>
    public sealed record Failed(ConditionEvaluationError Error) : SwitchResolution;
}
