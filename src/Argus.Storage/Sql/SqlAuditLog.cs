using Argus.Storage.Access;
using Argus.Storage.Audit;
using Dapper;

namespace Argus.Storage.Sql;

internal sealed class SqlAuditLog(SqlDatabase database) : IAuditLog
{
    public async Task<AuditVerification> VerifyAsync(OrganisationId organisation, CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var scope = AccessScope.Administrator(organisation, "audit-verify");
            var transaction = await database.BeginAsync(connection, scope, cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var head = await connection.QuerySingleOrDefaultAsync<AuditHead>(new CommandDefinition(
                    "SELECT audit_head_seq AS Sequence, audit_head_hash AS Hash FROM organisations WHERE id = @org",
                    new { org = organisation.Value }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
                if (head is null)
                {
                    return new AuditVerification(false, 0, null, $"Organisation {organisation} does not exist.");
                }

                var events = await connection.QueryAsync<AuditEventRow>(new CommandDefinition(
                    """
                    SELECT sequence AS Sequence, occurred_us AS OccurredUs, actor AS Actor, action AS Action, subject AS Subject,
                           details AS Details, previous_hash AS PreviousHash, hash AS Hash
                    FROM audit_events WHERE organisation_id = @org ORDER BY sequence
                    """,
                    new { org = organisation.Value }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
                return Verify(organisation, head, events);
            }
        }
    }

    private static AuditVerification Verify(OrganisationId organisation, AuditHead head, IEnumerable<AuditEventRow> events)
    {
        var previous = "";
        long count = 0;
        foreach (var row in events)
        {
            count++;
            if (row.Sequence != count)
            {
                return new AuditVerification(false, count - 1, count, $"Event {count} is missing (the next stored event is {row.Sequence}).");
            }

            if (row.PreviousHash != previous)
            {
                return new AuditVerification(false, count - 1, row.Sequence, $"Event {row.Sequence} does not carry the hash of event {row.Sequence - 1}.");
            }

            var hash = AuditEventHash.Compute(previous, organisation.Value, row.Sequence, row.OccurredUs, row.Actor, row.Action, row.Subject, row.Details);
            if (hash != row.Hash)
            {
                return new AuditVerification(false, count - 1, row.Sequence, $"Event {row.Sequence} was altered: its content no longer matches its hash.");
            }

            previous = hash;
        }

        if (head.Sequence != count || head.Hash != previous)
        {
            return new AuditVerification(false, count, count + 1,
                $"The chain ends at event {count}, but the organisation's head records event {head.Sequence}: events were removed from the end.");
        }

        return new AuditVerification(true, count, null, null);
    }

    private sealed record AuditEventRow(
        long Sequence, long OccurredUs, string Actor, string Action, string Subject, string Details, string PreviousHash, string Hash);
}
