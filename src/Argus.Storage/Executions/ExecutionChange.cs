namespace Argus.Storage.Executions;

/// <summary>The outcome of a change an operator asks for (submit, cancel, answer).</summary>
public enum ExecutionChange
{
    Done,

    /// <summary>No such execution, playbook version, step or request is visible to the caller.</summary>
    NotFound,

    /// <summary>The execution has already ended, or the request was already answered.</summary>
    AlreadyFinal,

    /// <summary>The input is unusable (for example a single step that is not an action step).</summary>
    Invalid,
}
