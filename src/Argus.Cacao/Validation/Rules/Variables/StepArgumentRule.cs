using System.Text.Json;
using Argus.Cacao.Json;
using Argus.Cacao.Validation.Reading;

namespace Argus.Cacao.Validation.Rules.Variables;

/// <summary>
/// <c>in_args</c> and <c>out_args</c> name variables of the step's scope (spec 4.5 and 4.6). An undeclared
/// <c>out_args</c> entry leaves a result with nowhere to be stored, and writing a <c>constant: true</c> variable is
/// forbidden (spec 10.18): both errors. An undeclared <c>in_args</c> entry is a warning, since SOARCA ignores
/// in_args (oasis-tcs/cacao#11).
/// </summary>
internal sealed class StepArgumentRule : IValidationRule
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
            CheckArguments(context, scopes, step, StepMember.InArgs);
            CheckArguments(context, scopes, step, StepMember.OutArgs);
        }
    }

    private static void CheckArguments(ValidationContext context, VariableScopes scopes, ObjectView step, int slot)
    {
        if (!step.TryGetArray(slot, out var list))
        {
            return;
        }

        var index = 0;
        foreach (var entry in list.EnumerateArray())
        {
            if (entry.ValueKind == JsonValueKind.String)
            {
                CheckArgument(context, scopes, step, slot, index, entry.GetString()!);
            }

            index++;
        }
    }

    private static void CheckArgument(ValidationContext context, VariableScopes scopes, ObjectView step, int slot, int index, string name)
    {
        var id = step.Key;
        var declaration = scopes.Resolve(id, name);
        if (slot == StepMember.InArgs)
        {
            if (declaration is null)
            {
                context.Warning(step.Path.Append("in_args").Append(index), VariableCodes.Undeclared,
                    $"in_args entry '{name}' of step '{id}' names no variable declared in its scope.");
            }
        }
        else if (declaration is not { } found)
        {
            context.Error(step.Path.Append("out_args").Append(index), VariableCodes.OutArgUndeclared,
                $"out_args entry '{name}' of step '{id}' names no variable declared in its scope.");
        }
        else if (found.ValueKind == JsonValueKind.Object
            && found.TryGetProperty("constant"u8, out var constant) && constant.ValueKind == JsonValueKind.True)
        {
            context.Error(step.Path.Append("out_args").Append(index), VariableCodes.ConstantAssigned,
                $"out_args entry '{name}' of step '{id}' would change a constant variable.");
        }
    }
}
