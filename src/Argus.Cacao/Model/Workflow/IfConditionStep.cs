namespace Argus.Cacao.Model.Workflow;

/// <summary>An if-condition step (<c>type</c> <c>if-condition</c>, CACAO 4.7): branches on a condition.</summary>
public sealed record IfConditionStep : WorkflowStep
{
    /// <summary>Creates a step of type <c>if-condition</c>.</summary>
    public IfConditionStep()
        : base(WorkflowStepTypes.IfCondition)
    {
    }

    /// <summary>The condition (<c>condition</c>, required by the spec).</summary>
    public string? Condition { get; init; }

    /// <summary>The step run when the condition holds (<c>on_true</c>, required by the spec).</summary>
    public string? OnTrue { get; init; }

    /// <summary>The step run when the condition does not hold (<c>on_false</c>).</summary>
    public string? OnFalse { get; init; }
}
