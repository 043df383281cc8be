using System.Collections.Immutable;

namespace Argus.Storage.Executions;

/// <summary>An operator's answer to a manual step: the outcome name and variable values.</summary>
/// <param name="Outcome">The engine's manual outcome name (<c>success</c>, <c>failure</c>, …), stored as given.</param>
/// <param name="Variables">Values for the step's variables, by name.</param>
public sealed record ManualAnswerSubmission(string Outcome, ImmutableDictionary<string, string> Variables);
