using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Argus.Cacao.Conditions;
using Argus.Cacao.Model;

namespace Argus.Execution.Variables;

/// <summary>
/// The variables visible to one branch of an execution: a stack of frames, the playbook's at the bottom and one per
/// enclosing step with <c>step_variables</c> above it. Frames are immutable; each branch owns its scope object, so
/// parallel branches never share mutable state. Writes go to the innermost frame declaring the name (spec 10.18:
/// "only that instance … SHOULD be updated"), or to the playbook frame when no frame declares it.
/// </summary>
public sealed class VariableScope : IConditionVariables
{
    private ImmutableList<ImmutableDictionary<string, Variable>> _frames;

    private VariableScope(ImmutableList<ImmutableDictionary<string, Variable>> frames) => _frames = frames;

    public int Depth => _frames.Count;

    public static VariableScope ForPlaybook(OrderedMap<Variable>? playbookVariables) =>
        new([ToFrame(playbookVariables)]);

    /// <summary>A new scope for a step and its sub-branches, with the step's variables on top.</summary>
    public VariableScope Enter(OrderedMap<Variable>? stepVariables) => new(_frames.Add(ToFrame(stepVariables)));

    /// <summary>A copy at the same depth, for a parallel branch or a sub-branch.</summary>
    public VariableScope Fork() => new(_frames);

    /// <summary>Takes the outer frames back from an inner scope made by <see cref="Enter"/> or <see cref="Fork"/>.</summary>
    public void Adopt(VariableScope inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        _frames = inner._frames.GetRange(0, _frames.Count);
    }

    /// <summary>
    /// Merges parallel branches forked from <paramref name="forkPoint"/>: a variable changed by a branch (relative to
    /// the fork point) is written here; when several branches changed the same variable, the branch listed later in
    /// <c>next_steps</c> wins.
    /// </summary>
    public void Join(VariableScope forkPoint, IReadOnlyList<VariableScope> branches)
    {
        ArgumentNullException.ThrowIfNull(forkPoint);
        ArgumentNullException.ThrowIfNull(branches);
        var frames = _frames;
        foreach (var branch in branches)
        {
            for (var level = 0; level < frames.Count; level++)
            {
                var before = forkPoint._frames[level];
                foreach (var (name, variable) in branch._frames[level])
                {
                    if (!before.TryGetValue(name, out var original) || !ReferenceEquals(original, variable))
                    {
                        frames = frames.SetItem(level, frames[level].SetItem(name, variable));
                    }
                }
            }
        }

        _frames = frames;
    }

    public bool TryGetVariable(string name, [NotNullWhen(true)] out Variable? variable)
    {
        for (var level = _frames.Count - 1; level >= 0; level--)
        {
            if (_frames[level].TryGetValue(name, out var found))
            {
                variable = found;
                return true;
            }
        }

        variable = null;
        return false;
    }

    /// <summary>The text of a variable's value (a JSON string's content, any other JSON as raw text).</summary>
    public string? GetText(string name) => TryGetVariable(name, out var variable) ? TextOf(variable) : null;

    /// <summary>Supplies an initial value (a caller's value for an external variable), constants included.</summary>
    public void Initialize(string name, string value)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(value);
        var json = JsonSerializer.SerializeToElement(value);
        var existing = _frames[0].TryGetValue(name, out var declared) ? declared : new Variable { Type = "string" };
        _frames = _frames.SetItem(0, _frames[0].SetItem(name, existing with { Value = json }));
    }

    /// <summary>Sets a variable's value as text; refuses constants.</summary>
    public VariableWrite Set(string name, string value)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(value);
        var json = JsonSerializer.SerializeToElement(value);
        for (var level = _frames.Count - 1; level >= 0; level--)
        {
            if (_frames[level].TryGetValue(name, out var existing))
            {
                if (existing.Constant == true)
                {
                    return VariableWrite.RefusedConstant;
                }

                _frames = _frames.SetItem(level, _frames[level].SetItem(name, existing with { Value = json }));
                return VariableWrite.Written;
            }
        }

        _frames = _frames.SetItem(0, _frames[0].SetItem(name, new Variable { Type = "string", Value = json }));
        return VariableWrite.Written;
    }

    /// <summary>Every visible variable (inner frames hiding outer ones), by name, as text.</summary>
    public ImmutableDictionary<string, string?> Snapshot()
    {
        var builder = ImmutableDictionary.CreateBuilder<string, string?>(StringComparer.Ordinal);
        foreach (var frame in _frames)
        {
            foreach (var (name, variable) in frame)
            {
                builder[name] = TextOf(variable);
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>The playbook frame, by name, as text.</summary>
    public ImmutableDictionary<string, string?> PlaybookSnapshot() =>
        _frames[0].ToImmutableDictionary(e => e.Key, e => TextOf(e.Value), StringComparer.Ordinal);

    /// <summary>Replaces every <c>__name__:value</c> of a defined variable; leaves undefined ones as written.</summary>
    public string Substitute(string text) => VariableSubstitution.Substitute(text, this);

    bool IConditionVariables.TryGet(string name, [NotNullWhen(true)] out ConditionVariable? variable)
    {
        if (TryGetVariable(name, out var found))
        {
            variable = new ConditionVariable(found.Type ?? "string", TextOf(found));
            return true;
        }

        variable = null;
        return false;
    }

    private static string? TextOf(Variable variable) => variable.Value switch
    {
        null => null,
        { ValueKind: JsonValueKind.String } value => value.GetString(),
        { ValueKind: JsonValueKind.Null } => null,
        { } value => value.GetRawText(),
    };

    private static ImmutableDictionary<string, Variable> ToFrame(OrderedMap<Variable>? variables) =>
        variables is null
            ? ImmutableDictionary<string, Variable>.Empty.WithComparers(StringComparer.Ordinal)
            : variables.Entries.ToImmutableDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
}
