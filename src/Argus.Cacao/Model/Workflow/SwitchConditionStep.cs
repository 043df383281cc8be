namespace Argus.Cacao.Model.Workflow;

/// <summary>A switch-condition step (<c>type</c> <c>switch-condition</c>, CACAO 4.9): branches on the value of a variable.</summary>
public sealed record SwitchConditionStep : WorkflowStep
{
    /// <summary>Creates a step of type <c>switch-condition</c>.</summary>
    public SwitchConditionStep()
        : base(WorkflowStepTypes.SwitchCondition)
    {
    }

    /// <summary>The variable or expression switched on (<c>switch</c>, required by the spec).</summary>
    public string? Switch { get; init; }

    /// <summary>Step identifiers keyed by case value; the key <c>default</c> is the fallback (<c>cases</c>).</summary>
    public OrderedMap<string>? Cases { get; init; }
}
