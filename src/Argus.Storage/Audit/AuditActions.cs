namespace Argus.Storage.Audit;

/// <summary>The <c>action</c> names of the audit events the library writes.</summary>
public static class AuditActions
{
    public const string Import = "playbook.import";
    public const string StatusChange = "playbook.status";

    /// <summary>A document left the library (the "interop export" event).</summary>
    public const string InteropExport = "interop.export";

    /// <summary>An execution was submitted (details: playbook, version, step, mode and the number of variables).</summary>
    public const string ExecutionSubmit = "execution.submit";

    /// <summary>An operator cancelled an execution or asked a running one to stop.</summary>
    public const string ExecutionCancel = "execution.cancel";

    /// <summary>An operator answered a manual step (details: request, step, outcome; never the values).</summary>
    public const string ExecutionManualAnswer = "execution.manual-answer";
}
