namespace Argus.Cacao.Conditions;

/// <summary>
/// A variable reference standing alone as the condition (<c>__flag__:value</c>), as playbook editors write it for
/// boolean variables: true when the variable's value is <c>true</c>.
/// </summary>
/// <param name="Variable">The referenced variable.</param>
public sealed record VariableTruthExpression(VariableReference Variable) : ConditionExpression;
