using System.Data.Common;
using Argus.Storage.Access;

namespace Argus.Storage.Tests.Support;

/// <summary>Counts rows under the library (as the admin scope on PostgreSQL, where row-level security applies).</summary>
public sealed record RowCounts(long Organisations, long Versions, long AuditEvents, long StatusChanges, string AuditHead)
{
    public static async Task<RowCounts> ReadAsync(StorageTarget target, OrganisationId organisation, CancellationToken cancellationToken)
    {
        await using var connection = await target.OpenRawAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await Raw.SetScopeAsync(connection, transaction, organisation, ClearanceLevel.TopSecret, cancellationToken);
        var org = organisation.Value;
        var counts = new RowCounts(
            await Raw.ScalarAsync<long>(connection, transaction, "SELECT COUNT(*) FROM organisations", cancellationToken),
            await Raw.ScalarAsync<long>(connection, transaction, $"SELECT COUNT(*) FROM playbook_versions WHERE organisation_id = '{org}'", cancellationToken),
            await Raw.ScalarAsync<long>(connection, transaction, $"SELECT COUNT(*) FROM audit_events WHERE organisation_id = '{org}'", cancellationToken),
            await Raw.ScalarAsync<long>(connection, transaction, $"SELECT COUNT(*) FROM status_changes WHERE organisation_id = '{org}'", cancellationToken),
            await Raw.ScalarAsync<string>(connection, transaction,
                $"SELECT COALESCE(MAX(audit_head_hash), '') FROM organisations WHERE id = '{org}'", cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return counts;
    }
}
