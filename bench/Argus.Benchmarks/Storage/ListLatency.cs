using System.Diagnostics;
using System.Globalization;
using Argus.Storage;
using Argus.Storage.Access;
using Argus.Storage.Playbooks;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Argus.Benchmarks.Storage;

/// <summary>
/// Times <see cref="IPlaybookLibrary.ListAsync"/> pages of 50 (connection, transaction, scope settings and query
/// included) for random organisations and clearances, across five query shapes.
/// </summary>
internal static class ListLatency
{
    private static readonly (string Name, PlaybookQuery Query)[] Shapes =
    [
        ("latest by modified", new PlaybookQuery()),
        ("latest by name", new PlaybookQuery { Sort = PlaybookSort.Name }),
        ("status=verified", new PlaybookQuery { Status = PlaybookStatus.Verified }),
        ("type=containment", new PlaybookQuery { PlaybookType = "containment" }),
        ("second page", new PlaybookQuery()),
    ];

    public static async Task AnalyzeAsync(StorageOptions options)
    {
        if (options.Provider == StorageProvider.Postgres)
        {
            await using var connection = new NpgsqlConnection(options.ConnectionString);
            await connection.OpenAsync().ConfigureAwait(false);
            await using var command = new NpgsqlCommand("ANALYZE", connection);
            await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }
        else
        {
            await using var connection = new SqliteConnection($"Data Source={Path.Combine(options.DataDirectory, StorageOptions.SqliteFileName)}");
            await connection.OpenAsync().ConfigureAwait(false);
            await using var command = connection.CreateCommand();
            command.CommandText = "ANALYZE";
            await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }
    }

    public static async Task<List<string>> MeasureAsync(ArgusStorage storage, int organisations, int samples)
    {
        var random = new Random(7);
        var all = new List<double>();
        var byShape = Shapes.ToDictionary(s => s.Name, _ => new List<double>());
        for (var i = -200; i < samples; i++)
        {
            var (name, query) = Shapes[(i + 200) % Shapes.Length];
            var scope = new AccessScope(OrganisationId.From($"org-{random.Next(organisations):D2}"), (ClearanceLevel)random.Next(5), "bench");
            if (name == "second page")
            {
                var first = await storage.Playbooks.ListAsync(scope, query, CancellationToken.None).ConfigureAwait(false);
                query = query with { Cursor = first.NextCursor };
            }

            var clock = Stopwatch.StartNew();
            var page = await storage.Playbooks.ListAsync(scope, query, CancellationToken.None).ConfigureAwait(false);
            clock.Stop();
            if (page.Items.Length == 0)
            {
                throw new InvalidOperationException($"Query '{name}' returned nothing for {scope}: the seed is wrong.");
            }

            if (i >= 0)
            {
                all.Add(clock.Elapsed.TotalMilliseconds);
                byShape[name].Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        var lines = new List<string> { Describe("list page (all shapes)", all) };
        lines.AddRange(byShape.Select(s => Describe("  " + s.Key, s.Value)));
        return lines;
    }

    private static string Describe(string label, List<double> values)
    {
        values.Sort();
        double Percentile(double p) => values[Math.Min(values.Count - 1, (int)Math.Ceiling(p * values.Count) - 1)];
        return string.Create(CultureInfo.InvariantCulture,
            $"{label}: p50 {Percentile(0.50):F2} ms, p95 {Percentile(0.95):F2} ms, p99 {Percentile(0.99):F2} ms (n={values.Count})");
    }
}
