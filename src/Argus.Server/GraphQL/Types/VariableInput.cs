namespace Argus.Server.GraphQL.Types;

/// <summary>One variable value given to an execution or a manual answer.</summary>
/// <param name="Name">The CACAO variable name, <c>__name__</c>.</param>
/// <param name="Value">The value as text (numbers and booleans are written as strings, as in CACAO).</param>
public sealed record VariableInput(string Name, string Value);
