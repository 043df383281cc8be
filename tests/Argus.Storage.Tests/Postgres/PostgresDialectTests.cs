using Argus.Storage.Access;
using Argus.Storage.Playbooks;
using Argus.Storage.Postgres;
using Argus.Storage.Tests.Support;
using Dapper;
using Npgsql;

namespace Argus.Storage.Tests.Postgres;

/// <summary>
/// Reads send the scope settings in the same batch as their query, without an explicit transaction: the settings must
/// cover that query and must not outlive the batch on the pooled connection.
/// </summary>
public sealed class PostgresDialectTests(PostgresTarget target) : IClassFixture<PostgresTarget>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ScopeStatement_BatchedWithoutTransaction_CoversTheQueryAndEndsWithTheBatch()
    {
        var org = Scopes.NewOrganisation();
        foreach (var level in ClearanceLevelNames.Ladder)
        {
            var result = await target.Storage.Playbooks.ImportAsync(
                Scopes.Admin(org), new ImportRequest(TestPlaybook.Minimal().ToBytes()) { Classification = level }, Token);
            Assert.IsType<ImportResult.Stored>(result);
        }

        // One physical connection, so the second command runs where the first left its settings, if it left any.
        var single = new NpgsqlConnectionStringBuilder(target.ConnectionString) { MaxPoolSize = 1 }.ConnectionString;
        await using var dialect = new PostgresDialect(single);
        var parameters = new DynamicParameters();
        dialect.AddScope(parameters, org, ClearanceLevel.Confidential);

        long scoped;
        await using (var connection = await dialect.OpenAsync(Token))
        {
            await using var grid = await connection.QueryMultipleAsync(new CommandDefinition(
                dialect.ScopeStatement + "SELECT COUNT(*) FROM playbook_versions", parameters, cancellationToken: Token));
            await dialect.SkipScopeAsync(grid);
            scoped = await grid.ReadSingleAsync<long>();
        }

        await using var after = await dialect.OpenAsync(Token);
        var leftOver = await after.QuerySingleAsync<string?>(new CommandDefinition("SELECT current_setting('argus.org', true)", cancellationToken: Token));
        var visibleAfter = await after.QuerySingleAsync<long>(new CommandDefinition("SELECT COUNT(*) FROM playbook_versions", cancellationToken: Token));

        // Unclassified, Restricted and Confidential of the five levels.
        Assert.Equal(3, scoped);
        Assert.True(string.IsNullOrEmpty(leftOver));
        Assert.Equal(0, visibleAfter);
    }
}
