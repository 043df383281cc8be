namespace Argus.Storage.Executions;

/// <summary>The stored execution, or why nothing was stored.</summary>
public sealed record SubmitExecutionResult
{
    public StoredExecution? Execution { get; init; }

    /// <summary>Null on success; otherwise <see cref="ExecutionChange"/> says why (nothing was written).</summary>
    public ExecutionChange? Failure { get; init; }

    public string? Message { get; init; }

    public static SubmitExecutionResult Stored(StoredExecution execution) => new() { Execution = execution };

    public static SubmitExecutionResult Refused(ExecutionChange failure, string message) =>
        new() { Failure = failure, Message = message };
}
