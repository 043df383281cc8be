using System.Collections.Immutable;
using System.Text;
using Argus.Storage.Access;
using Argus.Storage.Playbooks;
using Dapper;

namespace Argus.Storage.Sql;

internal sealed partial class SqlPlaybookLibrary
{
    // A version is the latest of its playbook when no visible version of the same playbook comes after it.
    private static string IsLatestVisible(string alias) =>
        $"""
         NOT EXISTS (SELECT 1 FROM playbook_versions n
                     WHERE n.organisation_id = {alias}.organisation_id AND n.playbook_id = {alias}.playbook_id
                       AND n.classification <= @clearance
                       AND (n.modified_us > {alias}.modified_us OR (n.modified_us = {alias}.modified_us AND n.version_key > {alias}.version_key)))
         """;

    public Task<PlaybookPage> ListAsync(AccessScope scope, PlaybookQuery query, CancellationToken cancellationToken)
    {
        var (sql, parameters) = BuildList(scope, query);
        return ReadPageAsync();

        async Task<PlaybookPage> ReadPageAsync()
        {
            var rows = await QueryScopedAsync<VersionRow>(scope, sql, parameters, cancellationToken).ConfigureAwait(false);
            var page = rows.Take(query.PageSize).ToList();
            var next = rows.Count > query.PageSize
                ? new ListCursor(query.Sort, page[^1].ModifiedUs, page[^1].Name, page[^1].VersionKey).Encode()
                : null;
            return new PlaybookPage([.. page.Select(r => r.ToVersion())], next);
        }
    }

    /// <summary>The listing's SQL and parameters (one row more than a page, to know whether another follows).</summary>
    internal (string Sql, DynamicParameters Parameters) BuildList(AccessScope scope, PlaybookQuery query)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(query);
        if (query.PageSize is < 1 or > PlaybookQuery.MaxPageSize)
        {
            throw new ArgumentOutOfRangeException(nameof(query), query.PageSize, $"PageSize must be 1 to {PlaybookQuery.MaxPageSize}.");
        }

        var cursor = query.Cursor is null ? null : ListCursor.Decode(query.Cursor, query.Sort);
        var sql = new StringBuilder($"SELECT {VersionRow.Columns} FROM playbook_versions v WHERE {VisibleTo("v")}");
        var parameters = new DynamicParameters(ScopeParameters(scope));
        AppendFilters(sql, parameters, query);
        if (!query.AllVersions)
        {
            sql.Append(" AND ").Append(IsLatestVisible("v"));
        }

        if (query.Sort == PlaybookSort.Name)
        {
            if (cursor is not null)
            {
                sql.Append(" AND (v.name > @cursorName OR (v.name = @cursorName AND v.version_key > @cursorKey))");
                parameters.Add("cursorName", cursor.Name);
            }

            sql.Append(" ORDER BY v.name, v.version_key");
        }
        else
        {
            if (cursor is not null)
            {
                sql.Append(" AND (v.modified_us < @cursorModified OR (v.modified_us = @cursorModified AND v.version_key < @cursorKey))");
                parameters.Add("cursorModified", cursor.ModifiedUs);
            }

            sql.Append(" ORDER BY v.modified_us DESC, v.version_key DESC");
        }

        parameters.Add("cursorKey", cursor?.VersionKey ?? 0);
        parameters.Add("limit", query.PageSize + 1);
        sql.Append(" LIMIT @limit");
        return (sql.ToString(), parameters);
    }

    private void AppendFilters(StringBuilder sql, DynamicParameters parameters, PlaybookQuery query)
    {
        if (query.Status is { } status)
        {
            sql.Append(" AND v.status = @status");
            parameters.Add("status", status.ToName());
        }

        if (!string.IsNullOrEmpty(query.PlaybookType))
        {
            sql.Append(" AND ").Append(Dialect.JsonArrayContains("v.playbook_types", "@playbookType"));
            parameters.Add("playbookType", query.PlaybookType);
        }

        if (!string.IsNullOrEmpty(query.Label))
        {
            sql.Append(" AND ").Append(Dialect.JsonArrayContains("v.labels", "@label"));
            parameters.Add("label", query.Label);
        }

        if (!string.IsNullOrEmpty(query.Text))
        {
            sql.Append($" AND (v.name {Dialect.Like} @text ESCAPE '\\' OR v.description {Dialect.Like} @text ESCAPE '\\')");
            parameters.Add("text", "%" + EscapeLike(query.Text) + "%");
        }
    }

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    public Task<LibraryStatistics> GetStatisticsAsync(AccessScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var since = MicroTime.From(database.Time.GetUtcNow().AddDays(-30));
        return ReadAsync(scope, async (connection, transaction) =>
        {
            var parameters = new { org = scope.Organisation.Value, clearance = (int)scope.Clearance, since };
            var latest = $"FROM playbook_versions v WHERE {VisibleTo("v")} AND {IsLatestVisible("v")}";
            var totals = await connection.QuerySingleAsync<(long Versions, long Recent)>(new CommandDefinition(
                $"SELECT COUNT(*), CAST(COALESCE(SUM(CASE WHEN v.imported_us >= @since THEN 1 ELSE 0 END), 0) AS BIGINT) FROM playbook_versions v WHERE {VisibleTo("v")}",
                parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            var byStatus = await connection.QueryAsync<(string Status, long Count)>(new CommandDefinition(
                $"SELECT v.status, COUNT(*) {latest} GROUP BY v.status", parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            var byClassification = await connection.QueryAsync<(long Level, long Count)>(new CommandDefinition(
                $"SELECT CAST(v.classification AS BIGINT), COUNT(*) {latest} GROUP BY v.classification", parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            var byType = await connection.QueryAsync<(string Type, long Count)>(new CommandDefinition(
                $"""
                 SELECT t.value, COUNT(*) FROM playbook_versions v, {Dialect.JsonArrayElements("v.playbook_types")}
                 WHERE {VisibleTo("v")} AND {IsLatestVisible("v")} GROUP BY t.value
                 """,
                parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);

            var statusCounts = byStatus.ToImmutableDictionary(
                r => PlaybookStatusNames.TryParse(r.Status, out var s) ? s : throw new InvalidOperationException($"Stored status '{r.Status}' is unknown."),
                r => (int)r.Count);
            return new LibraryStatistics(
                Playbooks: statusCounts.Values.Sum(),
                Versions: (int)totals.Versions,
                ByStatus: statusCounts,
                ByType: byType.ToImmutableDictionary(r => r.Type, r => (int)r.Count, StringComparer.Ordinal),
                ByClassification: byClassification.ToImmutableDictionary(r => (ClearanceLevel)(int)r.Level, r => (int)r.Count),
                ImportsLast30Days: (int)totals.Recent);
        }, cancellationToken);
    }
}
