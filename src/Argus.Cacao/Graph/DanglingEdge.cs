namespace Argus.Cacao.Graph;

/// <summary>A step pointer that names no step of the workflow.</summary>
/// <param name="StepId">The step holding the pointer.</param>
/// <param name="Edge">The pointer; its <see cref="WorkflowEdge.Target"/> is not in the workflow.</param>
public sealed record DanglingEdge(string StepId, WorkflowEdge Edge);
