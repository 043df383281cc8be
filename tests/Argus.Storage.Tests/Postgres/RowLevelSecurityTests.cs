using Argus.Storage.Access;
using Argus.Storage.Playbooks;
using Argus.Storage.Tests.Support;

namespace Argus.Storage.Tests.Postgres;

/// <summary>
/// PostgreSQL's second line: queries with no WHERE clause at all, run as the application's role, still see only
/// the organisation and clearance of the transaction's settings.
/// </summary>
public sealed class RowLevelSecurityTests(PostgresTarget target) : IClassFixture<PostgresTarget>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private async Task<(OrganisationId Mine, OrganisationId Other)> SeedAsync()
    {
        var (mine, other) = (Scopes.NewOrganisation(), Scopes.NewOrganisation());
        foreach (var org in new[] { mine, other })
        {
            foreach (var level in ClearanceLevelNames.Ladder)
            {
                var result = await target.Storage.Playbooks.ImportAsync(
                    Scopes.Admin(org), new ImportRequest(TestPlaybook.Minimal().ToBytes()) { Classification = level }, Token);
                Assert.IsType<ImportResult.Stored>(result);
            }
        }

        return (mine, other);
    }

    [Fact]
    public async Task ApplicationRole_IsNeitherSuperuserNorBypassingRowSecurity()
    {
        await using var connection = await target.OpenRawAsync(Token);

        var bypasses = await Raw.ScalarAsync<bool>(connection, null,
            "SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user", Token);

        Assert.False(bypasses);
    }

    [Fact]
    public async Task QueryWithoutWhere_NoSettings_SeesNothing()
    {
        await SeedAsync();
        await using var connection = await target.OpenRawAsync(Token);

        var versions = await Raw.ScalarAsync<long>(connection, null, "SELECT COUNT(*) FROM playbook_versions", Token);
        var events = await Raw.ScalarAsync<long>(connection, null, "SELECT COUNT(*) FROM audit_events", Token);

        Assert.Equal((0L, 0L), (versions, events));
    }

    [Theory]
    [InlineData(ClearanceLevel.Unclassified)]
    [InlineData(ClearanceLevel.Confidential)]
    [InlineData(ClearanceLevel.TopSecret)]
    public async Task QueryWithoutWhere_ScopeSettings_SeesOnlyOwnRowsAtOrBelowClearance(ClearanceLevel clearance)
    {
        var (mine, other) = await SeedAsync();
        await using var connection = await target.OpenRawAsync(Token);
        await using var transaction = await connection.BeginTransactionAsync(Token);
        await Raw.SetScopeAsync(connection, transaction, mine, clearance, Token);

        var foreign = await Raw.ScalarAsync<long>(connection, transaction, $"SELECT COUNT(*) FROM playbook_versions WHERE organisation_id <> '{mine}'", Token);
        var above = await Raw.ScalarAsync<long>(connection, transaction, $"SELECT COUNT(*) FROM playbook_versions WHERE classification > {(int)clearance}", Token);
        var all = await Raw.ScalarAsync<long>(connection, transaction, "SELECT COUNT(*) FROM playbook_versions", Token);
        var otherEvents = await Raw.ScalarAsync<long>(connection, transaction, $"SELECT COUNT(*) FROM audit_events WHERE organisation_id = '{other}'", Token);

        Assert.Equal((0L, 0L, (long)clearance + 1, 0L), (foreign, above, all, otherEvents));
    }

    [Fact]
    public async Task UpdateWithoutWhere_OtherOrganisation_TouchesNothingOfIt()
    {
        var (mine, other) = await SeedAsync();
        await using var connection = await target.OpenRawAsync(Token);
        await using var transaction = await connection.BeginTransactionAsync(Token);
        await Raw.SetScopeAsync(connection, transaction, mine, ClearanceLevel.TopSecret, Token);

        var updated = await Raw.ExecuteAsync(connection, transaction, "UPDATE playbook_versions SET name = 'overwritten'", Token);
        await transaction.RollbackAsync(Token);

        Assert.Equal(5, updated);
        var untouched = await target.Storage.Playbooks.ListAsync(Scopes.Admin(other), new PlaybookQuery(), Token);
        Assert.DoesNotContain(untouched.Items, v => v.Metadata.Name == "overwritten");
    }
}
