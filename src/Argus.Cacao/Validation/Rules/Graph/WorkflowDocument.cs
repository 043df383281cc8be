using System.Collections.Immutable;
using System.Text.Json;
using Argus.Cacao.Graph;
using Argus.Cacao.Json;
using Argus.Cacao.Json.Tape;
using Argus.Cacao.Validation.Reading;

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

    // What the graph reader saw of each step, by step number: the JSON value and its pointer properties.
    private readonly List<WorkflowStepJson> _stepJson;

    // Branch walks are shared by the rules that need them (branch checks, variable scopes): computed once per owner,
    // by step number; a default entry is not computed yet.
    private ImmutableArray<WorkflowBranch>[]? _branches;
    private int[][][]? _branchSteps;
    private EntryPoint? _start;
    private EntryPoint? _exception;

    private WorkflowDocument(ObjectView playbook, WorkflowGraph graph, List<WorkflowStepJson> stepJson)
    {
        Root = playbook.Element;
        Workflow = playbook[PlaybookMember.Workflow];
        EntryPoints = (playbook[PlaybookMember.WorkflowStart], playbook[PlaybookMember.WorkflowException]);
        Graph = graph;
        _stepJson = stepJson;
    }

    public TapeValue Root { get; }

    /// <summary>The <c>workflow</c> object.</summary>
    public TapeValue Workflow { get; }

    public WorkflowGraph Graph { get; }

    /// <summary>
    /// False when the workflow is too large for the per-branch analyses (branch ends and sharing, enclosing variable
    /// scopes); the linear checks (references, pointers, cycles, reachability) run on workflows of any size.
    /// </summary>
    public bool IsWithinAnalysisLimits =>
        Graph.Nodes.Length <= MaxAnalysedSteps && Graph.EdgeCount <= MaxAnalysedEdges;

    /// <summary>
    /// The branches of <paramref name="stepId"/> as <see cref="WorkflowGraph.Branches(string)"/> gives them, computed
    /// once.
    /// </summary>
    public ImmutableArray<WorkflowBranch> Branches(string stepId)
    {
        var index = Graph.IndexOf(stepId);
        return index < 0 ? [] : Branches(index);
    }

    /// <summary>The branches of step number <paramref name="step"/>, computed once.</summary>
    public ImmutableArray<WorkflowBranch> Branches(int step) => Branches(step, out _);

    /// <summary>
    /// The branches of step number <paramref name="step"/>, computed once, with each branch's steps as step numbers.
    /// </summary>
    public ImmutableArray<WorkflowBranch> Branches(int step, out int[][] branchSteps)
    {
        // Most steps have no branches: answered without a walk or a cache entry.
        if (!Graph.OpensBranchesAt(step))
        {
            branchSteps = [];
            return [];
        }

        _branches ??= new ImmutableArray<WorkflowBranch>[Graph.Nodes.Length];
        _branchSteps ??= new int[Graph.Nodes.Length][][];
        if (_branches[step].IsDefault)
        {
            _branches[step] = Graph.Branches(step, out _branchSteps[step]);
        }

        branchSteps = _branchSteps[step];
        return _branches[step];
    }

    /// <summary>
    /// The root's <c>workflow_start</c> and <c>workflow_exception</c> values (the last of a repeated member, as
    /// <see cref="TapeValue.TryGetProperty(string, out TapeValue)"/> gives it); default when absent. Read in the
    /// same pass over the root as <c>workflow</c> (the playbook's <see cref="ObjectView"/>).
    /// </summary>
    public (TapeValue Start, TapeValue Exception) EntryPoints { get; }

    /// <summary>The step <c>workflow_start</c> names, decoded and looked up once for every rule.</summary>
    public EntryPoint Start => _start ??= EntryPoint.Of(EntryPoints.Start, Graph);

    /// <summary>The step <c>workflow_exception</c> names, decoded and looked up once for every rule.</summary>
    public EntryPoint Exception => _exception ??= EntryPoint.Of(EntryPoints.Exception, Graph);

    /// <summary>What the graph reader saw of step number <paramref name="step"/>.</summary>
    public WorkflowStepJson StepJson(int step) => _stepJson[step];

    /// <summary>Reads the workflow, or returns null when the playbook has no <c>workflow</c> object.</summary>
    public static WorkflowDocument? Read(TapeValue root) =>
        root.ValueKind == JsonValueKind.Object ? Read(new ObjectView(string.Empty, root, PointerPath.Root, PlaybookMember.Slots)) : null;

    /// <summary>
    /// Reads the workflow of a playbook whose members are read already, or returns null when it has no
    /// <c>workflow</c> object. Each object step's <see cref="StepMember"/> slots are read in the graph reader's pass.
    /// </summary>
    public static WorkflowDocument? Read(ObjectView playbook)
    {
        var workflow = playbook[PlaybookMember.Workflow];
        if (workflow.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var stepJson = new List<WorkflowStepJson>();
        var graph = WorkflowJsonReader.Read(workflow, stepJson, StepMember.Slots.Names);
        return new WorkflowDocument(playbook, graph, stepJson);
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

    /// <summary>An entry-point member: its text when it is a string (null otherwise) and the step number it names (-1 for none).</summary>
    public readonly record struct EntryPoint(string? Id, int Step)
    {
        public static EntryPoint Of(TapeValue value, WorkflowGraph graph)
        {
            var id = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            return new EntryPoint(id, graph.IndexOf(id));
        }
    }
}
