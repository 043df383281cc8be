using Argus.Storage.Access;

namespace Argus.Storage.Audit;

/// <summary>
/// The append-only audit log: one hash chain per organisation, each event carrying the SHA-256 of the previous
/// one, the chain's head kept beside the organisation. Events are appended by the library's own transactions.
/// </summary>
public interface IAuditLog
{
    /// <summary>Recomputes the chain of one organisation; any edited, inserted or deleted event breaks it.</summary>
    Task<AuditVerification> VerifyAsync(OrganisationId organisation, CancellationToken cancellationToken);
}
