using System.Collections.Immutable;

namespace Argus.Cacao.Graph;

/// <summary>A strongly connected set of steps that contains at least one cycle.</summary>
/// <param name="Steps">The steps of the strongly connected component, in workflow order.</param>
/// <param name="IsWhileLoop">
/// True when every cycle among <paramref name="Steps"/> runs through the <c>on_true</c> pointer of a
/// while-condition step of the component, that is the loop is a while loop whose body leads back to the while step.
/// </param>
public sealed record WorkflowCycle(ImmutableArray<string> Steps, bool IsWhileLoop);
