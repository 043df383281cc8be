namespace Argus.Execution.Status;

/// <summary>The seed's <c>execution-status-enum</c> (execution-status README §2.1).</summary>
public enum ExecutionStatus
{
    SuccessfullyExecuted,
    Failed,
    Ongoing,
    AwaitUserInput,
    ServerSideError,
    ClientSideError,
    TimeoutError,
    ExceptionConditionError,
}
