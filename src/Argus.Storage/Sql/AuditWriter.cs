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
            LockSql(dialect),
            new { org = organisation.Value }, transaction, cancellationToken: cancellationToken));

    /// <summary>The head-locking SELECT (parameter <c>@org</c>), to batch with other statements.</summary>
    public static string LockSql(SqlDialect dialect) =>
        "SELECT audit_head_seq AS Sequence, audit_head_hash AS Hash FROM organisations WHERE id = @org" + dialect.ForUpdate;

    /// <summary>The next event of the chain after <paramref name="head"/>, hash included.</summary>
    public static PendingAuditEvent Next(
        AuditHead head, OrganisationId organisation, string actor, string action, string subject, IReadOnlyDictionary<string, string> details, DateTimeOffset now)
    {
        var sequence = head.Sequence + 1;
        var occurredUs = MicroTime.From(now);
        var detailsJson = JsonSerializer.Serialize(details);
        var hash = AuditEventHash.Compute(head.Hash, organisation.Value, sequence, occurredUs, actor, action, subject, detailsJson);
        return new PendingAuditEvent(organisation.Value, sequence, occurredUs, actor, action, subject, detailsJson, head.Hash, hash);
    }

    /// <summary>Binds <paramref name="pending"/> as <c>@org</c>, <c>@sequence</c>, <c>@occurredUs</c>, <c>@actor</c>, <c>@action</c>, <c>@subject</c>, <c>@details</c>, <c>@previous</c>, <c>@hash</c>.</summary>
    public static void Bind(DynamicParameters parameters, PendingAuditEvent pending)
    {
        parameters.Add("org", pending.Organisation);
        parameters.Add("sequence", pending.Sequence);
        parameters.Add("occurredUs", pending.OccurredUs);
        parameters.Add("actor", pending.Actor);
        parameters.Add("action", pending.Action);
        parameters.Add("subject", pending.Subject);
        parameters.Add("details", pending.Details);
        parameters.Add("previous", pending.Previous);
        parameters.Add("hash", pending.Hash);
    }

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
        var pending = Next(head, organisation, actor, action, subject, details, now);
        await WriteAsync(connection, transaction, pending, cancellationToken).ConfigureAwait(false);
        return pending.Head;
    }

    public static async Task WriteAsync(DbConnection connection, DbTransaction transaction, PendingAuditEvent pending, CancellationToken cancellationToken)
    {
        var parameters = new DynamicParameters();
        Bind(parameters, pending);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO audit_events (organisation_id, sequence, occurred_us, actor, action, subject, details, previous_hash, hash)
            VALUES (@org, @sequence, @occurredUs, @actor, @action, @subject, @details, @previous, @hash);
            UPDATE organisations SET audit_head_seq = @sequence, audit_head_hash = @hash WHERE id = @org;
            """,
            parameters,
            transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
    }
}
