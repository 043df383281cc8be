using System.Text.Json;
using Argus.Cacao.Json;
using Argus.Cacao.Validation.Reading;

namespace Argus.Cacao.Validation.Rules.Variables;

/// <summary>
/// Every <c>__name__:value</c> in a step's commands, condition or switch, and in the agents, targets and
/// authentication info a step uses, should name a variable declared in that step's scope. Undeclared names are
/// warnings: an engine may still receive the value at run time, and SOARCA leaves unknown names untouched.
/// </summary>
internal sealed class VariableUseRule : IValidationRule
{
    private static readonly int[] ScannedStepMembers = [StepMember.Commands, StepMember.Condition, StepMember.Switch];

    public void Check(ValidationContext context)
    {
        var reading = context.Reading;
        var scopes = context.VariableScopes;
        if (context.Workflow is not null)
        {
            foreach (var step in reading.Steps)
            {
                foreach (var slot in ScannedStepMembers)
                {
                    if (step.Has(slot) && VariableUses.MayHoldUse(step[slot]))
                    {
                        CheckStepMember(context, scopes, step, slot);
                    }
                }
            }
        }

        // Definitions see the scopes of the steps that use them; most definitions use no variable at all.
        if (!AnyDefinitionMayHoldUse(reading))
        {
            return;
        }

        var users = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal); // definition key -> steps using it
        if (context.Workflow is not null)
        {
            foreach (var step in reading.Steps)
            {
                var id = step.Key;
                if (step.TryGetString(StepMember.Agent, out var agent))
                {
                    AddUser(users, agent, id);
                }

                if (step.TryGetArray(StepMember.Targets, out var targets))
                {
                    foreach (var target in targets.EnumerateArray())
                    {
                        if (target.ValueKind == JsonValueKind.String)
                        {
                            AddUser(users, target.GetString()!, id);
                        }
                    }
                }
            }
        }

        var authUsers = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var slot in PlaybookMember.AgentTargetDictionaries)
        {
            foreach (var definition in reading.Definitions(slot))
            {
                var steps = users.GetValueOrDefault(definition.Key);
                if (VariableUses.MayHoldUse(definition.Element))
                {
                    Report(context, scopes, steps, definition);
                }

                if (steps is not null && definition.TryGetString(DefinitionMember.AuthenticationInfo, out var auth))
                {
                    foreach (var step in steps)
                    {
                        AddUser(authUsers, auth, step);
                    }
                }
            }
        }

        foreach (var definition in reading.Definitions(PlaybookMember.AuthenticationInfoDefinitions))
        {
            if (VariableUses.MayHoldUse(definition.Element))
            {
                Report(context, scopes, authUsers.GetValueOrDefault(definition.Key), definition);
            }
        }
    }

    // Kept apart from the loop over steps: most members use no variable.
    private static void CheckStepMember(ValidationContext context, VariableScopes scopes, ObjectView step, int slot)
    {
        var undeclared = VariableUses.Under(step[slot], step.Path.Append(StepMember.NameOf(slot)), (scopes, step.Key),
            static (state, name) => state.scopes.Resolve(state.Key, name) is null);
        foreach (var (usePath, name) in undeclared)
        {
            ReportUndeclared(context, usePath, name);
        }
    }

    // The dictionaries whose objects may carry variable uses: agents, targets and authentication information.
    private static ReadOnlySpan<int> DictionariesOfSecrets =>
        [PlaybookMember.AgentDefinitions, PlaybookMember.TargetDefinitions, PlaybookMember.AuthenticationInfoDefinitions];

    private static bool AnyDefinitionMayHoldUse(PlaybookReading reading)
    {
        foreach (var slot in DictionariesOfSecrets)
        {
            foreach (var definition in reading.Definitions(slot))
            {
                if (VariableUses.MayHoldUse(definition.Element))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static void AddUser(Dictionary<string, HashSet<string>> users, string key, string stepId)
    {
        if (!users.TryGetValue(key, out var steps))
        {
            steps = new HashSet<string>(StringComparer.Ordinal);
            users[key] = steps;
        }

        steps.Add(stepId);
    }

    // A definition shared by several steps sees the union of their scopes: declared in any of them is enough.
    private static void Report(ValidationContext context, VariableScopes scopes, HashSet<string>? steps, ObjectView definition)
    {
        IEnumerable<string> users = steps is null ? [] : steps;
        var undeclared = VariableUses.Under(definition.Element, definition.Path, (scopes, users),
            static (state, name) => !state.scopes.IsVisibleFrom(state.users, name));
        foreach (var (path, name) in undeclared)
        {
            ReportUndeclared(context, path, name);
        }
    }

    private static void ReportUndeclared(ValidationContext context, string path, string name) =>
        context.Warning(path, VariableCodes.Undeclared,
            $"Variable '{name}' is used here but declared neither in playbook_variables nor in the step_variables in scope.");
}
