using Argus.Cacao.Model.Workflow;
using Argus.Execution.Tests.Capabilities;

namespace Argus.Execution.Tests.Engine;

/// <summary>Building blocks of the replay tests: a "run" action step, a capability that blocks on one text, the note.</summary>
internal static class ReplaySteps
{
    public const string Rerun = "Run again after an interruption (attempt 2); the earlier run of this step did not finish.";

    public static ActionStep Run(string text, string next, params string[] outArgs) => new()
    {
        Commands = [TestPlaybook.Command("run", text)],
        OutArgs = outArgs.Length == 0 ? null : [.. outArgs],
        OnCompletion = next,
    };

    public static TestCapabilities.Counting Blocking(string text) => new("run") { BlockOn = text, Gate = new TaskCompletionSource() };
}
