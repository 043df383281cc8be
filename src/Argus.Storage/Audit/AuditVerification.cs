namespace Argus.Storage.Audit;

/// <summary>
/// The result of checking one organisation's audit chain. When <see cref="IsIntact"/> is false,
/// <see cref="BrokenAtSequence"/> is the first event that fails and <see cref="Problem"/> says how.
/// </summary>
public sealed record AuditVerification(bool IsIntact, long EventCount, long? BrokenAtSequence, string? Problem);
