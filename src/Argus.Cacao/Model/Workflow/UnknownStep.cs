namespace Argus.Cacao.Model.Workflow;

/// <summary>
/// A step whose <c>type</c> is outside workflow-step-type-enum, or absent: only the common step properties are
/// modelled, every other member stays in <see cref="CacaoObject.Unknown"/>.
/// </summary>
public sealed record UnknownStep : WorkflowStep
{
    /// <summary>Creates a step of a type the model does not know.</summary>
    /// <param name="type">The <c>type</c> value, or null when the source had none.</param>
    public UnknownStep(string? type)
        : base(type)
    {
    }
}
