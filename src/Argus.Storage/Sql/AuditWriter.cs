using System.Data.Common;
using System.Text.Json;
using Argus.Storage.Access;
using Argus.Storage.Audit;
using Dapper;

namespace Argus.Storage.Sql;

/// <summary>
/// Appends audit events inside the caller's transaction. <see cref="LockAsync"/> locks the organisation row
/// (PostgreSQL) — the chain's head — so appends of one organisation are serialised; call it first.
/// </summary>
internal static class AuditWriter
{
    public static async Task<AuditHead> LockAsync(
        SqlDialect dialect, DbConnection connection, DbTransaction transaction, OrganisationId organisation, CancellationToken cancellationToken) =>
        await TryLockAsync(dialect, connection, transaction, organisation, cancellationToken).ConfigureAwait(false)
        ?? throw new InvalidOperationException($"Organisation {organisation} does not exist.");

    /// <summary>Locks and reads the head, or returns null when the organisation does not exist yet.</summary>
    public static Task<AuditHead?> TryLockAsync(
        SqlDialect dialect, DbConnection connection, DbTransaction transaction, OrganisationId organisation, CancellationToken cancellationToken) =>
        connection.QuerySingleOrDefaultAsync<AuditHead>(new CommandDefinition(
            "SELECT audit_head_seq AS Sequence, audit_head_hash AS Hash FROM organisations WHERE id = @org" + dialect.ForUpdate,
            new { org = organisation.Value }, transaction, cancellationToken: cancellationToken));

    public static async Task<AuditHead> AppendAsync(
        DbConnection connection,
        DbTransaction transaction,
        AuditHead head,
        OrganisationId organisation,
        string actor,
        string action,
        string subject,
        IReadOnlyDictionary<string, string> details,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var sequence = head.Sequence + 1;
        var occurredUs = MicroTime.From(now);
        var detailsJson = JsonSerializer.Serialize(details);
        var hash = AuditEventHash.Compute(head.Hash, organisation.Value, sequence, occurredUs, actor, action, subject, detailsJson);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO audit_events (organisation_id, sequence, occurred_us, actor, action, subject, details, previous_hash, hash)
            VALUES (@org, @sequence, @occurredUs, @actor, @action, @subject, @details, @previous, @hash);
            UPDATE organisations SET audit_head_seq = @sequence, audit_head_hash = @hash WHERE id = @org;
            """,
            new
            {
                org = organisation.Value, sequence, occurredUs, actor, action, subject, details = detailsJson, previous = head.Hash, hash,
            },
            transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return new AuditHead(sequence, hash);
    }
}
