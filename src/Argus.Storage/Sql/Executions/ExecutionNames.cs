using Argus.Storage.Executions;

namespace Argus.Storage.Sql.Executions;

/// <summary>The stored names of execution states and modes (the CHECK constraints of migration 0003 list them).</summary>
internal static class ExecutionNames
{
    public const string Pending = "pending";
    public const string Running = "running";

    /// <summary>The open states as a SQL list, for <c>state IN (...)</c>.</summary>
    public const string OpenStates = "('pending', 'running')";

    public static string ToName(this ExecutionState state) => state switch
    {
        ExecutionState.Pending => Pending,
        ExecutionState.Running => Running,
        ExecutionState.Completed => "completed",
        ExecutionState.Failed => "failed",
        ExecutionState.Cancelled => "cancelled",
        ExecutionState.Refused => "refused",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "Not an execution state."),
    };

    public static string ToName(this ExecutionMode mode) => mode switch
    {
        ExecutionMode.Live => "live",
        ExecutionMode.Exercise => "exercise",
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Not an execution mode."),
    };

    public static ExecutionState ParseState(string name) => name switch
    {
        Pending => ExecutionState.Pending,
        Running => ExecutionState.Running,
        "completed" => ExecutionState.Completed,
        "failed" => ExecutionState.Failed,
        "cancelled" => ExecutionState.Cancelled,
        "refused" => ExecutionState.Refused,
        _ => throw new InvalidOperationException($"Stored execution state '{name}' is unknown."),
    };

    public static ExecutionMode ParseMode(string name) => name switch
    {
        "live" => ExecutionMode.Live,
        "exercise" => ExecutionMode.Exercise,
        _ => throw new InvalidOperationException($"Stored execution mode '{name}' is unknown."),
    };

    public static bool IsFinal(this ExecutionState state) => state is not (ExecutionState.Pending or ExecutionState.Running);
}
