namespace Argus.Execution.Capabilities.Manual;

/// <summary>A manual command waiting for an operator.</summary>
/// <param name="RequestId">Identifies the question (the step invocation's status record id).</param>
/// <param name="ExecutionId">The execution.</param>
/// <param name="StepId">The step.</param>
/// <param name="CommandText">What the operator is asked to do, after substitution.</param>
public sealed record ManualRequest(
    string RequestId, Guid ExecutionId, string StepId, string CommandText);
