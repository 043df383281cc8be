using Argus.Execution.Capabilities.Manual;
using Argus.Storage.Executions;

namespace Argus.Server.Executions;

/// <summary>Stored operator answers as the engine's manual answers.</summary>
internal static class ManualAnswers
{
    /// <summary>Outcome names are the engine's (<c>success</c>, <c>failure</c>), any case; anything else is a failure.</summary>
    public static ManualAnswer ToEngine(ManualAnswerSubmission answer, string? answeredBy)
    {
        var outcome = Enum.TryParse<ManualOutcome>(answer.Outcome, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : ManualOutcome.Failure;
        var who = answeredBy is null ? "the operator" : "operator " + answeredBy;
        var text = outcome == ManualOutcome.Success ? $"{who} reported success" : $"{who} reported failure ({answer.Outcome})";
        return new ManualAnswer(outcome, answer.Variables, text);
    }
}
