using Argus.Cacao.Graph;

namespace Argus.Cacao.Tests.Graph;

/// <summary>Short constructors for graph-level tests; step ids are plain names, the graph does not care.</summary>
internal static class Nodes
{
    public static WorkflowNode Step(string id, string type, params WorkflowEdge[] edges) => new(id, type, [.. edges]);

    public static WorkflowNode End(string id) => new(id, WorkflowStepTypes.End, []);

    public static WorkflowEdge Next(string target) => new(WorkflowEdgeKind.OnCompletion, target);

    public static WorkflowEdge Success(string target) => new(WorkflowEdgeKind.OnSuccess, target);

    public static WorkflowEdge Failure(string target) => new(WorkflowEdgeKind.OnFailure, target);

    public static WorkflowEdge True(string target) => new(WorkflowEdgeKind.OnTrue, target);

    public static WorkflowEdge False(string target) => new(WorkflowEdgeKind.OnFalse, target);
}
