namespace Argus.Execution.Status;

/// <summary>The JSON names of <see cref="ExecutionStatus"/>.</summary>
/// <remarks>
/// Output always uses the README's names. The seed's JSON schema spells two of them differently
/// (<c>successfully_completed</c>, <c>exception_condition_invoked</c>); those are accepted on input only.
/// </remarks>
public static class ExecutionStatusNames
{
    public static string ToName(ExecutionStatus status) => status switch
    {
        ExecutionStatus.SuccessfullyExecuted => "successfully_executed",
        ExecutionStatus.Failed => "failed",
        ExecutionStatus.Ongoing => "ongoing",
        ExecutionStatus.AwaitUserInput => "await_user_input",
        ExecutionStatus.ServerSideError => "server_side_error",
        ExecutionStatus.ClientSideError => "client_side_error",
        ExecutionStatus.TimeoutError => "timeout_error",
        ExecutionStatus.ExceptionConditionError => "exception_condition_error",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not an execution status."),
    };

    public static bool TryParse(string? name, out ExecutionStatus status)
    {
        (var known, status) = name switch
        {
            "successfully_executed" or "successfully_completed" => (true, ExecutionStatus.SuccessfullyExecuted),
            "failed" => (true, ExecutionStatus.Failed),
            "ongoing" => (true, ExecutionStatus.Ongoing),
            "await_user_input" => (true, ExecutionStatus.AwaitUserInput),
            "server_side_error" => (true, ExecutionStatus.ServerSideError),
            "client_side_error" => (true, ExecutionStatus.ClientSideError),
            "timeout_error" => (true, ExecutionStatus.TimeoutError),
            "exception_condition_error" or "exception_condition_invoked" => (true, ExecutionStatus.ExceptionConditionError),
            _ => (false, default(ExecutionStatus)),
        };
        return known;
    }

    /// <summary>True for every status that ends a step invocation.</summary>
    public static bool IsFinal(ExecutionStatus status) =>
        status is not (ExecutionStatus.Ongoing or ExecutionStatus.AwaitUserInput);
}
