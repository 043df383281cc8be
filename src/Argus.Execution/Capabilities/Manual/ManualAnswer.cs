using System.Collections.Immutable;

namespace Argus.Execution.Capabilities.Manual;

/// <summary>An operator's answer: the outcome and values for variables (<c>__name__</c> to text).</summary>
public sealed record ManualAnswer(ManualOutcome Outcome, ImmutableDictionary<string, string> Variables, string? Text = null);
