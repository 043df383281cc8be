using Argus.Cacao.Json.Tape;
using Argus.Cacao.Validation.Reading;
using Argus.Cacao.Validation.Rules.Graph;

namespace Argus.Cacao.Validation.Rules.Variables;

/// <summary>
/// Where each variable is declared (spec 10.18: "scoped to the object they are defined in, and any object that is
/// used or referenced by that object"): the playbook's <c>playbook_variables</c>, a step's own
/// <c>step_variables</c>, and, as SOARCA does, the <c>step_variables</c> of every parallel/if/while/switch step
/// whose branch holds the step.
/// </summary>
internal sealed class VariableScopes
{
    private static readonly Dictionary<string, TapeValue> NoDeclarations = new(StringComparer.Ordinal);

    // Most playbooks declare no step variables: the collections below are made only when there is something to keep.
    private readonly Dictionary<string, Dictionary<string, TapeValue>>? _stepVariables;
    private Dictionary<string, List<string>>? _enclosing;
    private readonly Dictionary<string, TapeValue>? _anyStep;

    // Every name some step declares: a name outside it resolves to the playbook's declaration (or none) whatever the
    // enclosing steps, so they are found only for a name in it. Most workflows nest no step variables at all.
    private readonly HashSet<string>? _declaredInSteps;
    private readonly WorkflowDocument? _document;
    private bool _enclosingFound;

    private VariableScopes(PlaybookReading reading, WorkflowDocument? document)
    {
        _document = document;
        Playbook = Declarations(reading.Playbook, PlaybookMember.PlaybookVariables);
        if (document is null)
        {
            return;
        }

        // Only the steps that declare variables are kept: a step missing here declares none.
        foreach (var step in reading.Steps)
        {
            var declarations = Declarations(step, StepMember.StepVariables);
            if (declarations.Count > 0)
            {
                (_stepVariables ??= new(StringComparer.Ordinal))[step.Key] = declarations;
                (_declaredInSteps ??= new(StringComparer.Ordinal)).UnionWith(declarations.Keys);
            }
        }

        if (_stepVariables is not null && !document.IsWithinAnalysisLimits)
        {
            // Too large to find enclosing branches: any step's declaration counts, which can miss a finding but
            // never invents one.
            IsApproximate = true;
            _anyStep = new(StringComparer.Ordinal);
            foreach (var variables in _stepVariables.Values)
            {
                foreach (var (name, declaration) in variables)
                {
                    _anyStep.TryAdd(name, declaration);
                }
            }
        }
    }

    // The enclosing steps of every step, found on first need. Enclosing steps only matter for their declarations:
    // without any (or when the workflow is too large to analyse), no step has any. Worked out on step numbers, from
    // the branch walks the workflow document shares with the branch rule.
    private void FindEnclosing()
    {
        _enclosingFound = true;
        if (_document is not { } document || _stepVariables is null || IsApproximate)
        {
            return;
        }

        var nodes = document.Graph.Nodes;
        var enclosing = new List<int>?[nodes.Length];
        // The owner that last listed each step: a step in several branches of one owner is listed once.
        var listedBy = new int[nodes.Length];
        Array.Fill(listedBy, -1);
        for (var owner = 0; owner < nodes.Length; owner++)
        {
            document.Branches(owner, out var branchSteps);
            foreach (var steps in branchSteps)
            {
                foreach (var step in steps)
                {
                    if (listedBy[step] != owner)
                    {
                        listedBy[step] = owner;
                        (enclosing[step] ??= []).Add(owner);
                    }
                }
            }
        }

        // Innermost first: an enclosing step that is itself enclosed by more steps is nested deeper.
        int Depth(int step) => enclosing[step]?.Count ?? 0;
        for (var step = 0; step < nodes.Length; step++)
        {
            if (enclosing[step] is { } list)
            {
                list.Sort((a, b) => Depth(b).CompareTo(Depth(a)));
                (_enclosing ??= new(StringComparer.Ordinal))[nodes[step].Id] = list.ConvertAll(owner => nodes[owner].Id);
            }
        }
    }

    /// <summary>
    /// True when the workflow was too large to compute enclosing branches, so that <see cref="Resolve"/> accepts a
    /// declaration in any step.
    /// </summary>
    public bool IsApproximate { get; }

    /// <summary>The playbook-level declarations by name.</summary>
    public Dictionary<string, TapeValue> Playbook { get; }

    public static VariableScopes Read(PlaybookReading reading, WorkflowDocument? document) => new(reading, document);

    /// <summary>A step's own declarations by name (empty for unknown steps).</summary>
    public IReadOnlyDictionary<string, TapeValue> StepVariables(string stepId) => Declarations(stepId);

    private Dictionary<string, TapeValue> Declarations(string stepId) =>
        _stepVariables is not null && _stepVariables.TryGetValue(stepId, out var variables) ? variables : NoDeclarations;

    /// <summary>The steps whose branches hold <paramref name="stepId"/>, innermost first.</summary>
    public IReadOnlyList<string> Enclosing(string stepId)
    {
        if (!_enclosingFound)
        {
            FindEnclosing();
        }

        return _enclosing is not null && _enclosing.TryGetValue(stepId, out var list) ? list : [];
    }

    /// <summary>
    /// The declaration a name resolves to in a step's scope: the step's own, then the enclosing steps' from the
    /// innermost, then the playbook's. Null when the name is declared nowhere in scope.
    /// </summary>
    /// <remarks>The name is given as characters, so that a use found in a document's bytes needs no string.</remarks>
    public TapeValue? Resolve(string? stepId, ReadOnlySpan<char> name)
    {
        if (stepId is not null)
        {
            if (TryFind(Declarations(stepId), name, out var own))
            {
                return own;
            }

            if (IsDeclaredInSomeStep(name))
            {
                foreach (var enclosing in Enclosing(stepId))
                {
                    if (TryFind(Declarations(enclosing), name, out var outer))
                    {
                        return outer;
                    }
                }
            }
        }

        if (TryFind(Playbook, name, out var global))
        {
            return global;
        }

        return _anyStep is not null && TryFind(_anyStep, name, out var anywhere) ? anywhere : null;
    }

    private static bool TryFind(Dictionary<string, TapeValue> declarations, ReadOnlySpan<char> name, out TapeValue declaration)
    {
        declaration = default;
        return declarations.Count > 0
            && declarations.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out declaration);
    }

    private static bool Has(Dictionary<string, TapeValue> declarations, ReadOnlySpan<char> name) =>
        TryFind(declarations, name, out _);

    private bool IsDeclaredInSomeStep(ReadOnlySpan<char> name) =>
        _declaredInSteps is not null && _declaredInSteps.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name);

    /// <summary>
    /// Whether <paramref name="name"/> is declared in the scope of any of the given steps (the playbook's included),
    /// for definitions shared by them.
    /// </summary>
    public bool IsVisibleFrom(IEnumerable<string> stepIds, ReadOnlySpan<char> name)
    {
        if (Has(Playbook, name))
        {
            return true;
        }

        if (_anyStep is not null)
        {
            return Has(_anyStep, name);
        }

        if (!IsDeclaredInSomeStep(name))
        {
            return false;
        }

        foreach (var stepId in stepIds)
        {
            if (Has(Declarations(stepId), name))
            {
                return true;
            }

            foreach (var enclosing in Enclosing(stepId))
            {
                if (Has(Declarations(enclosing), name))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static Dictionary<string, TapeValue> Declarations(ObjectView owner, int slot)
    {
        // Most steps declare nothing: they share one empty dictionary, which nothing writes to.
        if (!owner.TryGetObject(slot, out var dictionary))
        {
            return NoDeclarations;
        }

        var declarations = new Dictionary<string, TapeValue>(StringComparer.Ordinal);
        foreach (var variable in dictionary.EnumerateObject())
        {
            declarations.TryAdd(variable.Name, variable.Value);
        }

        return declarations;
    }
}
