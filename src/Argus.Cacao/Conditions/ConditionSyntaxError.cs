namespace Argus.Cacao.Conditions;

/// <summary>Why a condition could not be parsed, and where.</summary>
/// <param name="Message">Plain-language explanation, naming what was found and what was expected.</param>
/// <param name="Position">0-based character index in the condition text where the problem starts; the text's length when the condition ends too early.</param>
public sealed record ConditionSyntaxError(string Message, int Position);
