using System.Collections.Immutable;

namespace Argus.Cacao.Model.Workflow;

/// <summary>A parallel step (<c>type</c> <c>parallel</c>, CACAO 4.6): starts several branches at once.</summary>
public sealed record ParallelStep : WorkflowStep
{
    /// <summary>Creates a step of type <c>parallel</c>.</summary>
    public ParallelStep()
        : base(WorkflowStepTypes.Parallel)
    {
    }

    /// <summary>Identifiers of the steps started together (<c>next_steps</c>, at least two by the spec).</summary>
    public ImmutableArray<string>? NextSteps { get; init; }
}
