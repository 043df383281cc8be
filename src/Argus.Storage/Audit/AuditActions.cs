namespace Argus.Storage.Audit;

/// <summary>The <c>action</c> names of the audit events the library writes.</summary>
public static class AuditActions
{
    public const string Import = "playbook.import";
    public const string StatusChange = "playbook.status";

    /// <summary>A document left the library (the "interop export" event).</summary>
    public const string InteropExport = "interop.export";
}
