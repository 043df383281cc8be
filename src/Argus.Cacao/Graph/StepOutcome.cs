namespace Argus.Cacao.Graph;

/// <summary>How a step ended, for choosing between its <c>on_success</c> and <c>on_failure</c> pointers.</summary>
public enum StepOutcome
{
    /// <summary>The step succeeded (what counts as success is implementation specific, spec 4.1).</summary>
    Succeeded,

    /// <summary>The step failed or timed out.</summary>
    Failed,
}
