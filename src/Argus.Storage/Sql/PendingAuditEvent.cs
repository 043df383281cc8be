namespace Argus.Storage.Sql;

/// <summary>An audit event computed from the chain's head (its hash included), ready to be written in the same transaction.</summary>
internal sealed record PendingAuditEvent(
    string Organisation, long Sequence, long OccurredUs, string Actor, string Action, string Subject, string Details, string Previous, string Hash)
{
    /// <summary>The organisation's new head once this event is written.</summary>
    public AuditHead Head => new(Sequence, Hash);
}
