using Argus.Storage.Access;

namespace Argus.Storage.Tests.Support;

/// <summary>Counts the execution rows and audit events of one organisation, under the library.</summary>
public sealed record ExecutionCounts(long Executions, long Invocations, long ManualRequests, long AuditEvents)
{
    public static async Task<ExecutionCounts> ReadAsync(StorageTarget target, OrganisationId organisation, CancellationToken cancellationToken)
    {
        await using var connection = await target.OpenRawAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await Raw.SetScopeAsync(connection, transaction, organisation, ClearanceLevel.TopSecret, cancellationToken);
        var org = organisation.Value;
        var counts = new ExecutionCounts(
            await Raw.ScalarAsync<long>(connection, transaction, $"SELECT COUNT(*) FROM executions WHERE organisation_id = '{org}'", cancellationToken),
            await Raw.ScalarAsync<long>(connection, transaction, $"SELECT COUNT(*) FROM step_invocations WHERE organisation_id = '{org}'", cancellationToken),
            await Raw.ScalarAsync<long>(connection, transaction, $"SELECT COUNT(*) FROM manual_requests WHERE organisation_id = '{org}'", cancellationToken),
            await Raw.ScalarAsync<long>(connection, transaction, $"SELECT COUNT(*) FROM audit_events WHERE organisation_id = '{org}'", cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return counts;
    }
}
