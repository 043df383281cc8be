namespace Argus.Cacao.Graph;

/// <summary>The values of the closed workflow-step-type-enum (spec 4).</summary>
public static class WorkflowStepTypes
{
    /// <summary><c>start</c>.</summary>
    public const string Start = "start";

    /// <summary><c>end</c>.</summary>
    public const string End = "end";

    /// <summary><c>action</c>.</summary>
    public const string Action = "action";

    /// <summary><c>playbook-action</c>.</summary>
    public const string PlaybookAction = "playbook-action";

    /// <summary><c>parallel</c>.</summary>
    public const string Parallel = "parallel";

    /// <summary><c>if-condition</c>.</summary>
    public const string If = "if-condition";

    /// <summary><c>while-condition</c>.</summary>
    public const string While = "while-condition";

    /// <summary><c>switch-condition</c>.</summary>
    public const string Switch = "switch-condition";

    /// <summary>True when <paramref name="type"/> is one of the eight step types.</summary>
    /// <param name="type">A step's <c>type</c> value.</param>
    /// <returns>Whether the type is known.</returns>
    public static bool IsKnown(string? type) => type is Start or End or Action or PlaybookAction or Parallel or If
        or While or Switch;

    /// <summary>
    /// True when a step of <paramref name="type"/> may carry pointers of <paramref name="kind"/>. Unknown types
    /// are given every kind, so nothing a future step type writes is silently lost.
    /// </summary>
    /// <param name="type">A step's <c>type</c> value.</param>
    /// <param name="kind">A pointer kind.</param>
    /// <returns>Whether the pointer belongs to the step type.</returns>
    public static bool Allows(string? type, WorkflowEdgeKind kind) => kind is >= WorkflowEdgeKind.OnCompletion and <= WorkflowEdgeKind.Case
        ? (AllowedPointers(type) & (PointerProperties)(1 << (int)kind)) != 0
        : type is not (End or Start or Action or PlaybookAction); // not a defined kind: only closed pointer lists reject it

    // One switch per step rather than one per pointer kind: the graph reader asks for every kind of every step.
    internal static PointerProperties AllowedPointers(string? type) => type switch
    {
        End => PointerProperties.None,
        Start => PointerProperties.OnCompletion,
        Action or PlaybookAction => PointerProperties.OnCompletion | PointerProperties.OnSuccess
            | PointerProperties.OnFailure,
        Parallel => PointerProperties.All & ~(PointerProperties.OnTrue | PointerProperties.OnFalse | PointerProperties.Cases),
        If => PointerProperties.All & ~(PointerProperties.NextSteps | PointerProperties.Cases),
        While => PointerProperties.All & ~(PointerProperties.NextSteps | PointerProperties.Cases | PointerProperties.OnFalse),
        Switch => PointerProperties.All & ~(PointerProperties.NextSteps | PointerProperties.OnTrue | PointerProperties.OnFalse),
        _ => PointerProperties.All,
    };
}
