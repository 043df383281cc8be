namespace Argus.Cacao.Graph;

/// <summary>Which CACAO step pointer an outgoing <see cref="WorkflowEdge"/> comes from.</summary>
public enum WorkflowEdgeKind
{
    /// <summary><c>on_completion</c>: followed whatever the step's outcome.</summary>
    OnCompletion,

    /// <summary><c>on_success</c>: followed when the step succeeded.</summary>
    OnSuccess,

    /// <summary><c>on_failure</c>: followed when the step failed.</summary>
    OnFailure,

    /// <summary><c>on_true</c> of an if-condition or while-condition: a branch entered while the condition holds.</summary>
    OnTrue,

    /// <summary><c>on_false</c> of an if-condition: a branch entered when the condition does not hold.</summary>
    OnFalse,

    /// <summary>One entry of a parallel step's <c>next_steps</c>: a branch run in parallel with the others.</summary>
    NextStep,

    /// <summary>One entry of a switch-condition's <c>cases</c>: a branch entered when its key matches.</summary>
    Case,
}
