namespace Argus.Cacao.Model.Workflow;

/// <summary>The start step (<c>type</c> <c>start</c>, CACAO 4.2): where the workflow begins.</summary>
public sealed record StartStep : WorkflowStep
{
    /// <summary>Creates a step of type <c>start</c>.</summary>
    public StartStep()
        : base(WorkflowStepTypes.Start)
    {
    }
}
