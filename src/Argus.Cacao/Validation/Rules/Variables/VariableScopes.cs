using System.Text.Json;
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
    private readonly Dictionary<string, Dictionary<string, JsonElement>> _stepVariables = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _enclosing = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, JsonElement> NoDeclarations = new(StringComparer.Ordinal);

    private readonly Dictionary<string, JsonElement> _anyStep = new(StringComparer.Ordinal);

    private VariableScopes(PlaybookReading reading, WorkflowDocument? document)
    {
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
                _stepVariables[step.Key] = declarations;
            }
        }

        var anyStepDeclares = _stepVariables.Count > 0;

        // Enclosing steps only matter for their declarations: without any, every name resolves to the playbook's.
        if (!anyStepDeclares)
        {
            return;
        }

        if (!document.IsWithinAnalysisLimits)
        {
            // Too large to find enclosing branches: any step's declaration counts, which can miss a finding but
            // never invents one.
            IsApproximate = true;
            foreach (var variables in _stepVariables.Values)
            {
                foreach (var (name, declaration) in variables)
                {
                    _anyStep.TryAdd(name, declaration);
                }
            }

            return;
        }

        var enclosed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var owner in document.Graph.Nodes)
        {
            enclosed.Clear();
            foreach (var step in document.Branches(owner.Id).SelectMany(b => b.Steps))
            {
                if (!enclosed.Add(step))
                {
                    continue;
                }

                if (!_enclosing.TryGetValue(step, out var list))
                {
                    list = [];
                    _enclosing[step] = list;
                }

                list.Add(owner.Id);
            }
        }

        // Innermost first: an enclosing step that is itself enclosed by more steps is nested deeper.
        foreach (var list in _enclosing.Values)
        {
            list.Sort((a, b) => Depth(b).CompareTo(Depth(a)));
        }
    }

    /// <summary>
    /// True when the workflow was too large to compute enclosing branches, so that <see cref="Resolve"/> accepts a
    /// declaration in any step.
    /// </summary>
    public bool IsApproximate { get; }

    /// <summary>The playbook-level declarations by name.</summary>
    public Dictionary<string, JsonElement> Playbook { get; }

    public static VariableScopes Read(PlaybookReading reading, WorkflowDocument? document) => new(reading, document);

    /// <summary>A step's own declarations by name (empty for unknown steps).</summary>
    public IReadOnlyDictionary<string, JsonElement> StepVariables(string stepId) =>
        _stepVariables.TryGetValue(stepId, out var variables) ? variables : NoDeclarations;

    /// <summary>The steps whose branches hold <paramref name="stepId"/>, innermost first.</summary>
    public IReadOnlyList<string> Enclosing(string stepId) =>
        _enclosing.TryGetValue(stepId, out var list) ? list : [];

    /// <summary>
    /// The declaration a name resolves to in a step's scope: the step's own, then the enclosing steps' from the
    /// innermost, then the playbook's. Null when the name is declared nowhere in scope.
    /// </summary>
    public JsonElement? Resolve(string? stepId, string name)
    {
        if (stepId is not null)
        {
            if (StepVariables(stepId).TryGetValue(name, out var own))
            {
                return own;
            }

            foreach (var enclosing in Enclosing(stepId))
            {
                if (StepVariables(enclosing).TryGetValue(name, out var outer))
                {
                    return outer;
                }
            }
        }

        if (Playbook.TryGetValue(name, out var global))
        {
            return global;
        }

        return IsApproximate && _anyStep.TryGetValue(name, out var anywhere) ? anywhere : null;
    }

    /// <summary>Every name visible from the given steps (the playbook's included), for definitions shared by them.</summary>
    public HashSet<string> VisibleFrom(IEnumerable<string> stepIds)
    {
        var names = new HashSet<string>(Playbook.Keys, StringComparer.Ordinal);
        if (IsApproximate)
        {
            names.UnionWith(_anyStep.Keys);
            return names;
        }

        var scopeSteps = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stepId in stepIds)
        {
            scopeSteps.Add(stepId);
            scopeSteps.UnionWith(Enclosing(stepId));
        }

        foreach (var step in scopeSteps)
        {
            names.UnionWith(StepVariables(step).Keys);
        }

        return names;
    }

    private int Depth(string stepId) => _enclosing.TryGetValue(stepId, out var list) ? list.Count : 0;

    private static Dictionary<string, JsonElement> Declarations(ObjectView owner, int slot)
    {
        // Most steps declare nothing: they share one empty dictionary, which nothing writes to.
        if (!owner.TryGetObject(slot, out var dictionary))
        {
            return NoDeclarations;
        }

        var declarations = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var variable in dictionary.EnumerateObject())
        {
            declarations.TryAdd(variable.Name, variable.Value);
        }

        return declarations;
    }
}
