using System.Collections.Immutable;
using Argus.Cacao.Model.Commands;

namespace Argus.Execution.Engine;

/// <summary>An action step's commands after substitution, with their texts and the record's <c>command_b64</c>.</summary>
internal sealed record PreparedAction(
    ImmutableArray<CommandData> Commands, ImmutableArray<string> CommandTexts, ImmutableArray<string> CommandB64)
{
    /// <summary>False when a command is <c>manual</c>: a person executes it (the record's automated_execution).</summary>
    public bool IsAutomated => !Commands.Any(c => c.Type == "manual");
}
