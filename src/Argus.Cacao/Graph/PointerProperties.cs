namespace Argus.Cacao.Graph;

/// <summary>A set of step-pointer properties, one bit per <see cref="WorkflowEdgeKind"/> (bit <c>1 &lt;&lt; kind</c>).</summary>
[Flags]
internal enum PointerProperties : byte
{
    None = 0,
    OnCompletion = 1 << (int)WorkflowEdgeKind.OnCompletion,
    OnSuccess = 1 << (int)WorkflowEdgeKind.OnSuccess,
    OnFailure = 1 << (int)WorkflowEdgeKind.OnFailure,
    OnTrue = 1 << (int)WorkflowEdgeKind.OnTrue,
    OnFalse = 1 << (int)WorkflowEdgeKind.OnFalse,
    NextSteps = 1 << (int)WorkflowEdgeKind.NextStep,
    Cases = 1 << (int)WorkflowEdgeKind.Case,
    All = OnCompletion | OnSuccess | OnFailure | OnTrue | OnFalse | NextSteps | Cases,
}
