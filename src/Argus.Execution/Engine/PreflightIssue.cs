namespace Argus.Execution.Engine;

/// <summary>A step that cannot run as things stand (no capability for one of its commands).</summary>
public sealed record PreflightIssue(string PlaybookId, string StepId, string? CommandType, string? AgentType, string Message);
