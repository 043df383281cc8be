namespace Argus.Cacao.Model.Workflow;

/// <summary>A while-condition step (<c>type</c> <c>while-condition</c>, CACAO 4.8): repeats a branch while a condition holds.</summary>
public sealed record WhileConditionStep : WorkflowStep
{
    /// <summary>Creates a step of type <c>while-condition</c>.</summary>
    public WhileConditionStep()
        : base(WorkflowStepTypes.WhileCondition)
    {
    }

    /// <summary>The condition (<c>condition</c>, required by the spec).</summary>
    public string? Condition { get; init; }

    /// <summary>The first step of the repeated branch (<c>on_true</c>, required by the spec).</summary>
    public string? OnTrue { get; init; }
}
