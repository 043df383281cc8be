using System.Data.Common;
using Argus.Storage.Access;
using Argus.Storage.Playbooks;
using Argus.Storage.Tests.Support;
using Npgsql;

namespace Argus.Storage.Tests.Audit;

/// <summary>
/// The audit chain: intact after normal use, and broken by any edit, middle deletion or tail deletion made by
/// someone who bypasses the append-only triggers. Run on both providers.
/// </summary>
public abstract class AuditChainTests(StorageTarget target)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private async Task<OrganisationId> SeedAsync(int events)
    {
        var org = Scopes.NewOrganisation();
        for (var i = 0; i < events; i++)
        {
            await target.Storage.Playbooks.ImportAsync(Scopes.Admin(org), new ImportRequest(TestPlaybook.Minimal().ToBytes()), Token);
        }

        return org;
    }

    [Fact]
    public async Task VerifyAsync_UntouchedChain_IsIntact()
    {
        var org = await SeedAsync(4);

        var result = await target.Storage.Audit.VerifyAsync(org, Token);

        Assert.Equal(new Storage.Audit.AuditVerification(true, 4, null, null), result);
    }

    [Fact]
    public async Task AppendOnlyTrigger_UpdateOrDelete_IsRefused()
    {
        var org = await SeedAsync(1);

        await Assert.ThrowsAnyAsync<DbException>(() => TamperAsync(org, $"UPDATE audit_events SET actor = 'mallory' WHERE organisation_id = '{org}'", bypassTriggers: false));
        await Assert.ThrowsAnyAsync<DbException>(() => TamperAsync(org, $"DELETE FROM audit_events WHERE organisation_id = '{org}'", bypassTriggers: false));
    }

    [Theory]
    [InlineData("UPDATE audit_events SET details = '{}' WHERE organisation_id = '{org}' AND sequence = 2", 2L)]
    [InlineData("UPDATE audit_events SET actor = 'mallory' WHERE organisation_id = '{org}' AND sequence = 1", 1L)]
    [InlineData("DELETE FROM audit_events WHERE organisation_id = '{org}' AND sequence = 2", 2L)]
    [InlineData("DELETE FROM audit_events WHERE organisation_id = '{org}' AND sequence = 3", 3L)]
    public async Task VerifyAsync_EditedOrDeletedEvent_ReportsFirstBrokenSequence(string tampering, long brokenAt)
    {
        var org = await SeedAsync(3);
        var other = await SeedAsync(2);

        await TamperAsync(org, tampering.Replace("{org}", org.Value, StringComparison.Ordinal), bypassTriggers: true);
        var result = await target.Storage.Audit.VerifyAsync(org, Token);

        Assert.False(result.IsIntact);
        Assert.Equal(brokenAt, result.BrokenAtSequence);
        Assert.True((await target.Storage.Audit.VerifyAsync(other, Token)).IsIntact);
    }

    // What an attacker with table access could do: switch the triggers off around the change.
    private async Task TamperAsync(OrganisationId org, string sql, bool bypassTriggers)
    {
        await using var connection = await target.OpenRawAsync(Token);
        await using var transaction = await connection.BeginTransactionAsync(Token);
        await Raw.SetScopeAsync(connection, transaction, org, ClearanceLevel.TopSecret, Token);
        var isPostgres = connection is NpgsqlConnection;
        if (bypassTriggers)
        {
            await Raw.ExecuteAsync(connection, transaction, isPostgres
                ? "ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_change"
                : "DROP TRIGGER audit_events_no_update; DROP TRIGGER audit_events_no_delete;", Token);
        }

        await Raw.ExecuteAsync(connection, transaction, sql, Token);
        if (bypassTriggers)
        {
            // Put the guard back (SQLite: as the migration defines it), so the other tests of the class keep it.
            await Raw.ExecuteAsync(connection, transaction, isPostgres
                ? "ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_change"
                : """
                  CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END;
                  CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END;
                  """, Token);
        }

        await transaction.CommitAsync(Token);
    }

    public sealed class OnSqlite(SqliteTarget target) : AuditChainTests(target), IClassFixture<SqliteTarget>;

    public sealed class OnPostgres(PostgresTarget target) : AuditChainTests(target), IClassFixture<PostgresTarget>;
}
