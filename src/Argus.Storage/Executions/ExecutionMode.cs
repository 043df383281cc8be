namespace Argus.Storage.Executions;

/// <summary>How an execution may act: LIVE reaches production tools, EXERCISE only sandboxes and simulations.</summary>
public enum ExecutionMode
{
    Live,
    Exercise,
}
