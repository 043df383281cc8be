using System.Text.Json;
using Argus.Cacao.Json;
using Argus.Cacao.Validation.Rules.Graph;
using Argus.Cacao.Validation.Rules.References;

namespace Argus.Cacao.Validation.Rules.Variables;

/// <summary>
/// Every <c>__name__:value</c> in a step's commands, condition or switch, and in the agents, targets and
/// authentication info a step uses, should name a variable declared in that step's scope. Undeclared names are
/// warnings: an engine may still receive the value at run time, and SOARCA leaves unknown names untouched.
/// </summary>
internal sealed class VariableUseRule : IValidationRule
{
    private static readonly string[] ScannedStepProperties = ["commands", "condition", "switch"];

    public void Check(ValidationContext context)
    {
        var root = context.Root;
        var document = context.Workflow;
        var scopes = context.VariableScopes;
        var users = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal); // definition key -> steps using it
        if (document is not null)
        {
            foreach (var (id, step) in document.Steps())
            {
                var path = WorkflowDocument.StepPath(id);
                foreach (var property in ScannedStepProperties)
                {
                    if (step.TryGetProperty(property, out var value))
                    {
                        foreach (var (usePath, name) in VariableUses.Under(value, path.Append(property)))
                        {
                            if (scopes.Resolve(id, name) is null)
                            {
                                ReportUndeclared(context, usePath, name);
                            }
                        }
                    }
                }

                if (WorkflowDocument.TryGetString(step, "agent", out var agent))
                {
                    AddUser(users, agent, id);
                }

                if (WorkflowDocument.TryGetArray(step, "targets", out var targets))
                {
                    foreach (var target in targets.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String))
                    {
                        AddUser(users, target.GetString()!, id);
                    }
                }
            }
        }

        var authUsers = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var name in (string[])["agent_definitions", "target_definitions"])
        {
            foreach (var (key, definition, path) in DefinitionReferenceRule.Definitions(root, name))
            {
                var steps = users.GetValueOrDefault(key);
                Report(context, scopes, steps, VariableUses.Under(definition, path));
                if (steps is not null && WorkflowDocument.TryGetString(definition, "authentication_info", out var auth))
                {
                    foreach (var step in steps)
                    {
                        AddUser(authUsers, auth, step);
                    }
                }
            }
        }

        foreach (var (key, definition, path) in DefinitionReferenceRule.Definitions(root, "authentication_info_definitions"))
        {
            Report(context, scopes, authUsers.GetValueOrDefault(key), VariableUses.Under(definition, path));
        }
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
    // The visible names are gathered only for a definition that uses variables: most use none.
    private static void Report(ValidationContext context, VariableScopes scopes, HashSet<string>? steps,
        IReadOnlyList<(string Path, string Name)> uses)
    {
        if (uses.Count == 0)
        {
            return;
        }

        var visible = scopes.VisibleFrom(steps ?? []);
        foreach (var (path, name) in uses)
        {
            if (!visible.Contains(name))
            {
                ReportUndeclared(context, path, name);
            }
        }
    }

    private static void ReportUndeclared(ValidationContext context, string path, string name) =>
        context.Warning(path, VariableCodes.Undeclared,
            $"Variable '{name}' is used here but declared neither in playbook_variables nor in the step_variables in scope.");
}
