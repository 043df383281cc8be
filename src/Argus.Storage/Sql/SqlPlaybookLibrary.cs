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

    internal static string VisibleTo(string alias) =>
        $"{alias}.organisation_id = @org AND {alias}.classification <= @clearance";

    private static object ScopeParameters(AccessScope scope) =>
        new { org = scope.Organisation.Value, clearance = (int)scope.Clearance };

    internal static async Task<PlaybookVersion?> FindAsync(
        DbConnection connection, DbTransaction transaction, AccessScope scope, string playbookId, string? modified, CancellationToken cancellationToken)
    {
        var row = await connection.QuerySingleOrDefaultAsync<VersionRow>(new CommandDefinition(
            FindSql(modified),
            new { org = scope.Organisation.Value, clearance = (int)scope.Clearance, playbookId, modified },
            transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row?.ToVersion();
    }

    internal static string FindSql(string? modified) =>
        modified is null
            ? $"""
               SELECT {VersionRow.Columns} FROM playbook_versions v
               WHERE {VisibleTo("v")} AND v.playbook_id = @playbookId
               ORDER BY v.modified_us DESC, v.version_key DESC LIMIT 1
               """
            : $"""
               SELECT {VersionRow.Columns} FROM playbook_versions v
               WHERE {VisibleTo("v")} AND v.playbook_id = @playbookId AND v.modified = @modified
               """;

    private Task<List<T>> QueryScopedAsync<T>(AccessScope scope, string sql, DynamicParameters parameters, CancellationToken cancellationToken) =>
        database.QueryScopedAsync<T>(scope, sql, parameters, cancellationToken);

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
        return ReadOneAsync();

        async Task<PlaybookVersion?> ReadOneAsync()
        {
            var rows = await QueryScopedAsync<VersionRow>(
                scope, FindSql(modified), new DynamicParameters(new { org = scope.Organisation.Value, clearance = (int)scope.Clearance, playbookId, modified }),
                cancellationToken).ConfigureAwait(false);
            return rows.Count == 0 ? null : rows[0].ToVersion();
        }
    }

    public Task<ImmutableArray<PlaybookVersion>> GetVersionsAsync(AccessScope scope, string playbookId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(playbookId);
        return ReadAllAsync();

        async Task<ImmutableArray<PlaybookVersion>> ReadAllAsync()
        {
            var rows = await QueryScopedAsync<VersionRow>(
                scope,
                $"""
                 SELECT {VersionRow.Columns} FROM playbook_versions v
                 WHERE {VisibleTo("v")} AND v.playbook_id = @playbookId
                 ORDER BY v.modified_us DESC, v.version_key DESC
                 """,
                new DynamicParameters(new { org = scope.Organisation.Value, clearance = (int)scope.Clearance, playbookId }),
                cancellationToken).ConfigureAwait(false);
            return [.. rows.Select(r => r.ToVersion())];
        }
    }

    public Task<ReadOnlyMemory<byte>?> ReadDocumentAsync(AccessScope scope, string playbookId, string? modified, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(playbookId);
        return ReadDocumentBytesAsync();

        async Task<ReadOnlyMemory<byte>?> ReadDocumentBytesAsync()
        {
            var rows = await QueryScopedAsync<byte[]>(
                scope,
                modified is null
                    ? $"""
                       SELECT v.document FROM playbook_versions v
                       WHERE {VisibleTo("v")} AND v.playbook_id = @playbookId
                       ORDER BY v.modified_us DESC, v.version_key DESC LIMIT 1
                       """
                    : $"SELECT v.document FROM playbook_versions v WHERE {VisibleTo("v")} AND v.playbook_id = @playbookId AND v.modified = @modified",
                new DynamicParameters(new { org = scope.Organisation.Value, clearance = (int)scope.Clearance, playbookId, modified }),
                cancellationToken).ConfigureAwait(false);
            // Not "? null :": null would convert to an empty ReadOnlyMemory through its implicit conversion from an array.
            return rows.Count == 0 ? (ReadOnlyMemory<byte>?)null : new ReadOnlyMemory<byte>(rows[0]);
        }
    }
}
