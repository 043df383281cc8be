using System.Diagnostics;
using System.Globalization;
using Argus.Storage;

namespace Argus.Benchmarks.Storage;

/// <summary>
/// <c>dotnet run -c Release --project bench/Argus.Benchmarks -- storage [--provider sqlite|postgres|both]
/// [--organisations 50] [--playbooks 100000] [--samples 2000] [--imports 2000]</c>: seeds the library in bulk, then
/// measures list-page latency (p50/p95) through <c>IPlaybookLibrary.ListAsync</c> and import throughput through
/// <c>ImportAsync</c>. PostgreSQL comes from <c>ARGUS_BENCH_POSTGRES</c>, else <c>ARGUS_TEST_POSTGRES</c>.
/// </summary>
internal static class StorageScenario
{
    public static async Task<int> RunAsync(string[] args)
    {
        var settings = ScenarioSettings.Parse(args);
        if (settings is null)
        {
            await Console.Error.WriteLineAsync("usage: storage [--provider sqlite|postgres|both] [--organisations N] [--playbooks N] [--samples N] [--imports N]").ConfigureAwait(false);
            return 2;
        }

        Console.WriteLine($"storage scenario: {settings.Playbooks:N0} playbooks across {settings.Organisations} organisations, " +
                          $"{settings.Samples:N0} list samples, {settings.Imports:N0} imports, {Environment.ProcessorCount} cores");
        if (settings.Provider is "sqlite" or "both")
        {
            await using var database = BenchDatabase.CreateSqlite();
            await RunProviderAsync("SQLite", database, settings).ConfigureAwait(false);
        }

        if (settings.Provider is "postgres" or "both")
        {
            var server = Environment.GetEnvironmentVariable("ARGUS_BENCH_POSTGRES") ?? Environment.GetEnvironmentVariable("ARGUS_TEST_POSTGRES");
            if (string.IsNullOrWhiteSpace(server))
            {
                Console.WriteLine("PostgreSQL: skipped (set ARGUS_BENCH_POSTGRES or ARGUS_TEST_POSTGRES)");
                return settings.Provider == "postgres" ? 2 : 0;
            }

            await using var database = await BenchDatabase.CreatePostgresAsync(server).ConfigureAwait(false);
            await RunProviderAsync("PostgreSQL", database, settings).ConfigureAwait(false);
        }

        return 0;
    }

    private static async Task RunProviderAsync(string label, BenchDatabase database, ScenarioSettings settings)
    {
        await using var storage = ArgusStorage.Open(database.Options);
        await storage.MigrateAsync(CancellationToken.None).ConfigureAwait(false);

        var seedClock = Stopwatch.StartNew();
        var rows = await LibrarySeeder.SeedAsync(database.Options, settings.Organisations, settings.Playbooks / settings.Organisations, DateTimeOffset.UtcNow).ConfigureAwait(false);
        seedClock.Stop();
        await ListLatency.AnalyzeAsync(database.Options).ConfigureAwait(false);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label}: seeded {rows:N0} versions in {seedClock.Elapsed.TotalSeconds:F1} s ({rows / seedClock.Elapsed.TotalSeconds:N0} rows/s, bulk)"));

        var latency = await ListLatency.MeasureAsync(storage, settings.Organisations, settings.Samples).ConfigureAwait(false);
        foreach (var line in latency)
        {
            Console.WriteLine($"{label}: {line}");
        }

        if (storage.Provider == StorageProvider.Postgres)
        {
            Console.WriteLine($"{label}: {await ServerTime.MeasureAsync(storage, database.Options, settings.Organisations, 400).ConfigureAwait(false)}");
        }

        foreach (var writers in new[] { 1, 8 })
        {
            var rate = await ImportThroughput.MeasureAsync(storage, settings.Imports, writers).ConfigureAwait(false);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{label}: import throughput, {writers} writer(s): {rate:N0} imports/s ({settings.Imports:N0} imports, validation included)"));
        }
    }
}
