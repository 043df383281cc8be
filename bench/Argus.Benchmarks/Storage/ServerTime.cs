using System.Globalization;
using System.Text.Json;
using Argus.Storage;
using Argus.Storage.Access;
using Argus.Storage.Playbooks;
using Argus.Storage.Sql;
using Dapper;
using Npgsql;

namespace Argus.Benchmarks.Storage;

/// <summary>
/// PostgreSQL's own planning + execution time of the list query (EXPLAIN ANALYZE, under the same row-level
/// security settings), to tell the database's share of a page's latency from round trips and client time.
/// </summary>
internal static class ServerTime
{
    public static async Task<string> MeasureAsync(ArgusStorage storage, StorageOptions options, int organisations, int samples)
    {
        var library = (SqlPlaybookLibrary)storage.Playbooks;
        var random = new Random(11);
        var times = new List<double>();
        await using var connection = new NpgsqlConnection(options.ConnectionString);
        await connection.OpenAsync().ConfigureAwait(false);
        for (var i = 0; i < samples; i++)
        {
            var scope = new AccessScope(OrganisationId.From($"org-{random.Next(organisations):D2}"), (ClearanceLevel)random.Next(5), "bench");
            var query = (i % 4) switch
            {
                0 => new PlaybookQuery(),
                1 => new PlaybookQuery { Sort = PlaybookSort.Name },
                2 => new PlaybookQuery { Status = PlaybookStatus.Verified },
                _ => new PlaybookQuery { PlaybookType = "containment" },
            };
            var (sql, parameters) = library.BuildList(scope, query);
            await using var transaction = await connection.BeginTransactionAsync().ConfigureAwait(false);
            await connection.ExecuteAsync(
                "SELECT set_config('argus.org', @org, true), set_config('argus.clearance', @clearance, true)",
                new { org = scope.Organisation.Value, clearance = ((int)scope.Clearance).ToString(CultureInfo.InvariantCulture) },
                transaction).ConfigureAwait(false);
            var plan = await connection.ExecuteScalarAsync<string>("EXPLAIN (ANALYZE, FORMAT JSON) " + sql, parameters, transaction).ConfigureAwait(false);
            using var document = JsonDocument.Parse(plan ?? "[]");
            var root = document.RootElement[0];
            times.Add(root.GetProperty("Planning Time").GetDouble() + root.GetProperty("Execution Time").GetDouble());
            await transaction.RollbackAsync().ConfigureAwait(false);
        }

        times.Sort();
        double Percentile(double p) => times[Math.Min(times.Count - 1, (int)Math.Ceiling(p * times.Count) - 1)];
        return string.Create(CultureInfo.InvariantCulture,
            $"list query inside PostgreSQL (plan + execute): p50 {Percentile(0.5):F2} ms, p95 {Percentile(0.95):F2} ms (n={times.Count})");
    }
}
