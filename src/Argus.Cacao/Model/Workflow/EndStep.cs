namespace Argus.Cacao.Model.Workflow;

/// <summary>An end step (<c>type</c> <c>end</c>, CACAO 4.3): where a branch of the workflow ends.</summary>
public sealed record EndStep : WorkflowStep
{
    /// <summary>Creates a step of type <c>end</c>.</summary>
    public EndStep()
        : base(WorkflowStepTypes.End)
    {
    }
}
