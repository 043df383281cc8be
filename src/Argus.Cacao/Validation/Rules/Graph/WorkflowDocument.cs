using System.Collections.Immutable;
using System.Text.Json;
using Argus.Cacao.Graph;
using Argus.Cacao.Json;

namespace Argus.Cacao.Validation.Rules.Graph;

/// <summary>
/// The playbook's <c>workflow</c> as the graph, reference and variable rules read it. Every accessor skips values
/// of the wrong JSON kind silently: the structure rules report those.
/// </summary>
internal sealed class WorkflowDocument
{
    public const string WorkflowPath = "/workflow";

    private static readonly PointerPath WorkflowPointer = PointerPath.Of(WorkflowPath).ForChildren();

    // Branch analysis walks the graph once per branch, which is quadratic in the worst case; a hostile 16 MB document
    // could hold 100 000 steps. Real playbooks have tens of steps, so these bounds cost nothing in practice.
    public const int MaxAnalysedSteps = 2_000;
    public const int MaxAnalysedEdges = 4_000;

    // Branch walks are shared by the rules that need them (branch checks, variable scopes): computed once per owner.
    private List<(string Id, JsonElement Step)>? _steps;
    private bool? _isWithinAnalysisLimits;
    private readonly Dictionary<string, ImmutableArray<WorkflowBranch>> _branches = new(StringComparer.Ordinal);

    private WorkflowDocument(JsonElement root, JsonElement workflow, WorkflowGraph graph)
    {
        Root = root;
        Workflow = workflow;
        Graph = graph;
    }

    public JsonElement Root { get; }

    /// <summary>The <c>workflow</c> object.</summary>
    public JsonElement Workflow { get; }

    public WorkflowGraph Graph { get; }

    /// <summary>
    /// False when the workflow is too large for the per-branch analyses (branch ends and sharing, enclosing variable
    /// scopes); the linear checks (references, pointers, cycles, reachability) run on workflows of any size.
    /// </summary>
    /// <summary>The branches of <paramref name="stepId"/> as <see cref="WorkflowGraph.Branches"/> gives them, computed once.</summary>
    public ImmutableArray<WorkflowBranch> Branches(string stepId)
    {
        // Most steps have no branches: answered without a walk or a cache entry.
        if (Graph.Find(stepId) is not { } node || !HasBranchEdge(node))
        {
            return [];
        }

        if (!_branches.TryGetValue(stepId, out var branches))
        {
            branches = Graph.Branches(stepId);
            _branches[stepId] = branches;
        }

        return branches;
    }

    private static bool HasBranchEdge(WorkflowNode node)
    {
        foreach (var edge in node.Edges)
        {
            if (edge.IsBranch)
            {
                return true;
            }
        }

        return false;
    }

    public bool IsWithinAnalysisLimits => _isWithinAnalysisLimits ??=
        Graph.Nodes.Length <= MaxAnalysedSteps && Graph.Nodes.Sum(n => n.Edges.Length) <= MaxAnalysedEdges;

    /// <summary>Reads the workflow, or returns null when the playbook has no <c>workflow</c> object.</summary>
    public static WorkflowDocument? Read(JsonElement root)
    {
        if (!TryGetObject(root, "workflow", out var workflow))
        {
            return null;
        }

        return new WorkflowDocument(root, workflow, WorkflowGraph.FromJson(workflow));
    }

    public static PointerPath StepPath(string stepId) => WorkflowPointer.Append(stepId);

    /// <summary>The JSON pointer of the property (and entry) holding an edge.</summary>
    public static PointerPath EdgePath(string stepId, WorkflowEdge edge)
    {
        var path = StepPath(stepId).Append(edge.PropertyName);
        return edge switch
        {
            { Index: { } index } => path.Append(index),
            { CaseKey: { } key } => path.Append(key),
            _ => path,
        };
    }

    /// <summary>The step objects with their identifiers, first occurrence of each key only, in document order.</summary>
    public IReadOnlyList<(string Id, JsonElement Step)> Steps() => _steps ??= ReadSteps(Workflow);

    public static bool TryGetObject(JsonElement element, string name, out JsonElement value) =>
        TryGet(element, name, JsonValueKind.Object, out value);

    public static bool TryGetArray(JsonElement element, string name, out JsonElement value) =>
        TryGet(element, name, JsonValueKind.Array, out value);

    public static bool TryGetString(JsonElement element, string name, out string value)
    {
        if (TryGet(element, name, JsonValueKind.String, out var element2))
        {
            value = element2.GetString()!;
            return true;
        }

        value = string.Empty;
        return false;
    }

    /// <summary>The keys of an object member, or an empty set when it is absent or not an object.</summary>
    public static HashSet<string> Keys(JsonElement element, string name)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        if (TryGetObject(element, name, out var dictionary))
        {
            foreach (var property in dictionary.EnumerateObject())
            {
                keys.Add(property.Name);
            }
        }

        return keys;
    }

    private static List<(string Id, JsonElement Step)> ReadSteps(JsonElement workflow)
    {
        // One pass over the object: JsonElement.TryGetProperty scans linearly, so a lookup per step is quadratic.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var steps = new List<(string Id, JsonElement Step)>();
        foreach (var property in workflow.EnumerateObject())
        {
            var id = property.Name;
            if (seen.Add(id) && property.Value.ValueKind == JsonValueKind.Object)
            {
                steps.Add((id, property.Value));
            }
        }

        return steps;
    }

    private static bool TryGet(JsonElement element, string name, JsonValueKind kind, out JsonElement value)
    {
        if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out value) && value.ValueKind == kind)
        {
            return true;
        }

        value = default;
        return false;
    }
}
