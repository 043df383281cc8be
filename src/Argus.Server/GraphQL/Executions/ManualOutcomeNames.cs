using Argus.Execution.Capabilities.Manual;

namespace Argus.Server.GraphQL.Executions;

/// <summary>How a <see cref="ManualOutcome"/> is stored in a manual answer (<c>success</c>, <c>failure</c>).</summary>
internal static class ManualOutcomeNames
{
    public static string ToName(ManualOutcome outcome) => outcome switch
    {
        ManualOutcome.Success => "success",
        ManualOutcome.Failure => "failure",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Not a manual outcome."),
    };
}
