using System.Collections.Immutable;

namespace Argus.Cacao.Graph;

/// <summary>
/// One branch of a parallel, if, while or switch step: the steps reachable from the branch pointer without passing
/// back through the step that opened it.
/// </summary>
/// <param name="OwnerId">The step that opens the branch.</param>
/// <param name="Entry">The branch pointer (<c>next_steps[i]</c>, <c>on_true</c>, <c>on_false</c>, <c>cases[k]</c>).</param>
/// <param name="Steps">
/// The branch's steps in breadth-first order from the entry; empty when the entry names no step.
/// </param>
/// <param name="EndSteps">The end steps among <paramref name="Steps"/>, where the branch can finish.</param>
/// <param name="ReturnsToOwner">True when some step of the branch points back at the owner (an explicit loop).</param>
public sealed record WorkflowBranch(
    string OwnerId,
    WorkflowEdge Entry,
    ImmutableArray<string> Steps,
    ImmutableArray<string> EndSteps,
    bool ReturnsToOwner);
