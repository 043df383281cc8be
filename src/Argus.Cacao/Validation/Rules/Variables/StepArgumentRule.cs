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
            var id = step.Key;
            foreach (var (index, name) in Names(step, StepMember.InArgs))
            {
                if (scopes.Resolve(id, name) is null)
                {
                    context.Warning(step.Path.Append("in_args").Append(index), VariableCodes.Undeclared,
                        $"in_args entry '{name}' of step '{id}' names no variable declared in its scope.");
                }
            }

            foreach (var (index, name) in Names(step, StepMember.OutArgs))
            {
                if (scopes.Resolve(id, name) is not { } declaration)
                {
                    context.Error(step.Path.Append("out_args").Append(index), VariableCodes.OutArgUndeclared,
                        $"out_args entry '{name}' of step '{id}' names no variable declared in its scope.");
                }
                else if (declaration.ValueKind == JsonValueKind.Object
                    && declaration.TryGetProperty("constant"u8, out var constant) && constant.ValueKind == JsonValueKind.True)
                {
                    context.Error(step.Path.Append("out_args").Append(index), VariableCodes.ConstantAssigned,
                        $"out_args entry '{name}' of step '{id}' would change a constant variable.");
                }
            }
        }
    }

    private static IEnumerable<(int Index, string Name)> Names(ObjectView step, int slot)
    {
        if (!step.TryGetArray(slot, out var list))
        {
            yield break;
        }

        var index = 0;
        foreach (var entry in list.EnumerateArray())
        {
            if (entry.ValueKind == JsonValueKind.String)
            {
                yield return (index, entry.GetString()!);
            }

            index++;
        }
    }
}
