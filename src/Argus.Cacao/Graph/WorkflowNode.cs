using System.Collections.Immutable;

namespace Argus.Cacao.Graph;

/// <summary>One workflow step as the graph sees it: its identifier, its type and its outgoing pointers.</summary>
/// <param name="Id">The step identifier (its key in the playbook's <c>workflow</c> dictionary).</param>
/// <param name="Type">
/// The step's <c>type</c> (<c>start</c>, <c>action</c>, <c>while-condition</c>, …); empty when the step has none.
/// </param>
/// <param name="Edges">The outgoing pointers in document order.</param>
public sealed record WorkflowNode(string Id, string Type, ImmutableArray<WorkflowEdge> Edges)
{
    /// <summary>True for a <c>start</c> step.</summary>
    public bool IsStart => Type == WorkflowStepTypes.Start;

    /// <summary>True for an <c>end</c> step.</summary>
    public bool IsEnd => Type == WorkflowStepTypes.End;

    /// <summary>True for a <c>while-condition</c> step, the only step allowed to close a loop.</summary>
    public bool IsWhile => Type == WorkflowStepTypes.While;
}
