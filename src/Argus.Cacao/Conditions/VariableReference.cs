namespace Argus.Cacao.Conditions;

/// <summary>A use of a CACAO variable, written <c>__name__:value</c>.</summary>
/// <param name="Name">The variable's name including its double underscores (<c>__name__</c>), as declared in <c>playbook_variables</c> or <c>step_variables</c>.</param>
public sealed record VariableReference(string Name) : ConditionOperand;
