namespace Argus.Cacao.Validation.Rules.Variables;

/// <summary>
/// "Implementations SHOULD strongly discourage … using the same variable name at the step level that is also in
/// use at the playbook level" (spec 10.18): a warning when a step variable shadows a playbook variable or a
/// variable of a step whose branch encloses it.
/// </summary>
internal sealed class VariableShadowingRule : IValidationRule
{
    public void Check(ValidationContext context)
    {
        if (context.Workflow is null)
        {
            return;
        }

        var scopes = context.VariableScopes;
        foreach (var step in context.Reading.Steps)
        {
            var id = step.Key;
            foreach (var name in scopes.StepVariables(id).Keys)
            {
                var path = step.Path.Append("step_variables").Append(name);
                if (scopes.Playbook.ContainsKey(name))
                {
                    context.Warning(path, VariableCodes.Duplicate,
                        $"Step variable '{name}' of step '{id}' shadows the playbook variable of the same name.");
                }
                else if (scopes.Enclosing(id).FirstOrDefault(e => scopes.StepVariables(e).ContainsKey(name)) is { } outer)
                {
                    context.Warning(path, VariableCodes.Duplicate,
                        $"Step variable '{name}' of step '{id}' shadows the variable of the same name declared by enclosing step '{outer}'.");
                }
            }
        }
    }
}
