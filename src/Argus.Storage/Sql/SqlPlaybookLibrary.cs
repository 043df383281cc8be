using System.Collections.Immutable;
using System.Data.Common;
using Argus.Cacao.Validation;
using Argus.Storage.Access;
using Argus.Storage.Playbooks;
using Dapper;

namespace Argus.Storage.Sql;

/// <summary>
/// <see cref="IPlaybookLibrary"/> on SQL. Every statement names the organisation and the clearance in its WHERE
/// clause; on PostgreSQL the row-level-security policies repeat the rule from the transaction's settings.
/// Split by concern: import, reads, export and status.
/// </summary>
internal sealed partial class SqlPlaybookLibrary(SqlDatabase database, PlaybookValidator validator) : IPlaybookLibrary
{
    private SqlDialect Dialect => database.Dialect;

    private static string VisibleTo(string alias) =>
        $"{alias}.organisation_id = @org AND {alias}.classification <= @clearance";

    private static object ScopeParameters(AccessScope scope) =>
        new { org = scope.Organisation.Value, clearance = (int)scope.Clearance };

    private static async Task<PlaybookVersion?> FindAsync(
        DbConnection connection, DbTransaction transaction, AccessScope scope, string playbookId, string? modified, CancellationToken cancellationToken)
    {
        var sql = modified is null
            ? $"""
               SELECT {VersionRow.Columns} FROM playbook_versions v
               WHERE {VisibleTo("v")} AND v.playbook_id = @playbookId
               ORDER BY v.modified_us DESC, v.version_key DESC LIMIT 1
               """
            : $"""
               SELECT {VersionRow.Columns} FROM playbook_versions v
               WHERE {VisibleTo("v")} AND v.playbook_id = @playbookId AND v.modified = @modified
               """;
        var row = await connection.QuerySingleOrDefaultAsync<VersionRow>(new CommandDefinition(
            sql,
            new { org = scope.Organisation.Value, clearance = (int)scope.Clearance, playbookId, modified },
            transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row?.ToVersion();
    }

    private async Task<T> ReadAsync<T>(AccessScope scope, Func<DbConnection, DbTransaction, Task<T>> read, CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await database.BeginAsync(connection, scope, cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var result = await read(connection, transaction).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return result;
            }
        }
    }

    public Task<PlaybookVersion?> GetAsync(AccessScope scope, string playbookId, string? modified, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(playbookId);
        return ReadAsync(scope, (c, t) => FindAsync(c, t, scope, playbookId, modified, cancellationToken), cancellationToken);
    }

    public Task<ImmutableArray<PlaybookVersion>> GetVersionsAsync(AccessScope scope, string playbookId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(playbookId);
        return ReadAsync(scope, async (connection, transaction) =>
        {
            var rows = await connection.QueryAsync<VersionRow>(new CommandDefinition(
                $"""
                 SELECT {VersionRow.Columns} FROM playbook_versions v
                 WHERE {VisibleTo("v")} AND v.playbook_id = @playbookId
                 ORDER BY v.modified_us DESC, v.version_key DESC
                 """,
                new { org = scope.Organisation.Value, clearance = (int)scope.Clearance, playbookId },
                transaction,
                cancellationToken: cancellationToken)).ConfigureAwait(false);
            return rows.Select(r => r.ToVersion()).ToImmutableArray();
        }, cancellationToken);
    }
}
