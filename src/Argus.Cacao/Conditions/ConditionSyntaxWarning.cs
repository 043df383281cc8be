namespace Argus.Cacao.Conditions;

/// <summary>Something a condition may write but should not, such as an unquoted string literal.</summary>
/// <param name="Message">Plain-language explanation.</param>
/// <param name="Position">0-based character index in the condition text.</param>
public sealed record ConditionSyntaxWarning(string Message, int Position);
