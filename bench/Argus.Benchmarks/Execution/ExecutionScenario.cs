using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using Argus.Benchmarks.Storage;
using Argus.Cacao.Model;
using Argus.Cacao.Serialization;
using Argus.Execution.Capabilities;
using Argus.Execution.Engine;
using Argus.Storage;
using Argus.Storage.Executions;
using StoredMode = Argus.Storage.Executions.ExecutionMode;

namespace Argus.Benchmarks.Execution;

/// <summary>
/// <c>dotnet run -c Release --project bench/Argus.Benchmarks -- execution [overhead|concurrent|all]
/// [--provider memory|sqlite|postgres|all] [--steps 100] [--runs 5] [--executions 1000] [--max-concurrent 32]</c>.
/// <c>overhead</c>: time per step of a playbook of no-op actions, in memory and durable (worker + store), one
/// execution at a time. <c>concurrent</c>: wall time and peak working set to run N executions of a 3-action playbook
/// submitted at once (in memory all started at once; durable, the worker runs <c>--max-concurrent</c> at a time, the
/// server's default 32). PostgreSQL comes from <c>ARGUS_BENCH_POSTGRES</c>, else <c>ARGUS_TEST_POSTGRES</c>.
/// </summary>
internal static class ExecutionScenario
{
    private const int ConcurrentActions = 3;

    public static async Task<int> RunAsync(string[] args)
    {
        var what = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "all";
        var provider = Option(args, "--provider") ?? "all";
        var steps = int.Parse(Option(args, "--steps") ?? "100", CultureInfo.InvariantCulture);
        var runs = int.Parse(Option(args, "--runs") ?? "5", CultureInfo.InvariantCulture);
        var executions = int.Parse(Option(args, "--executions") ?? "1000", CultureInfo.InvariantCulture);
        var maxConcurrent = int.Parse(Option(args, "--max-concurrent") ?? "32", CultureInfo.InvariantCulture);
        Console.WriteLine($"execution scenario: {what}, provider {provider}, {Environment.ProcessorCount} cores");
        foreach (var target in provider == "all" ? ["memory", "sqlite", "postgres"] : new[] { provider })
        {
            if (what is "overhead" or "all")
            {
                await OverheadAsync(target, steps, runs).ConfigureAwait(false);
            }

            if (what is "concurrent" or "all")
            {
                await ConcurrentAsync(target, executions, maxConcurrent).ConfigureAwait(false);
            }
        }

        return 0;
    }

    private static async Task OverheadAsync(string target, int steps, int runs)
    {
        var perStep = new List<double>();
        if (target == "memory")
        {
            var engine = new ExecutionEngine(CapabilityRegistry.Empty.With(new NoOpCapability()));
            var playbook = Parse(BenchExecutionPlaybook.Create(steps));
            for (var run = -2; run < runs; run++)
            {
                var clock = Stopwatch.StartNew();
                var result = await engine.Start(playbook).Completion.ConfigureAwait(false);
                Require(result.Outcome == ExecutionOutcome.Completed, result.Reason);
                if (run >= 0)
                {
                    perStep.Add(clock.Elapsed.TotalMicroseconds / (steps + 2));
                }
            }
        }
        else
        {
            await using var database = await DatabaseAsync(target).ConfigureAwait(false);
            if (database is null)
            {
                return;
            }

            await using var host = await DurableBenchHost.CreateAsync(database.Options, 1, [steps]).ConfigureAwait(false);
            await host.StartAsync().ConfigureAwait(false);
            for (var run = -2; run < runs; run++)
            {
                var ended = await RunOneAsync(host, steps).ConfigureAwait(false);
                if (run >= 0 && ended.StartedAt is { } started && ended.EndedAt is { } end)
                {
                    perStep.Add((end - started).TotalMicroseconds / (steps + 2));
                }
            }
        }

        perStep.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{target}: engine overhead per step (no-op capability, {steps} actions + start + end, {runs} runs): median {perStep[perStep.Count / 2]:F1} µs, min {perStep[0]:F1} µs, max {perStep[^1]:F1} µs"));
    }

    private static async Task ConcurrentAsync(string target, int executions, int maxConcurrent)
    {
        var peak = new PeakWorkingSet();
        TimeSpan elapsed;
        if (target == "memory")
        {
            var engine = new ExecutionEngine(CapabilityRegistry.Empty.With(new NoOpCapability()));
            var playbook = Parse(BenchExecutionPlaybook.Create(ConcurrentActions));
            using var sampling = peak.Start();
            var clock = Stopwatch.StartNew();
            var results = await Task.WhenAll(Enumerable.Range(0, executions).Select(_ => engine.Start(playbook).Completion)).ConfigureAwait(false);
            elapsed = clock.Elapsed;
            Require(results.All(r => r.Outcome == ExecutionOutcome.Completed), "an execution did not complete");
        }
        else
        {
            await using var database = await DatabaseAsync(target).ConfigureAwait(false);
            if (database is null)
            {
                return;
            }

            await using var host = await DurableBenchHost.CreateAsync(database.Options, maxConcurrent, [ConcurrentActions]).ConfigureAwait(false);
            for (var i = 0; i < executions; i++)
            {
                await SubmitAsync(host, ConcurrentActions).ConfigureAwait(false);
            }

            using var sampling = peak.Start();
            var clock = Stopwatch.StartNew();
            await host.StartAsync().ConfigureAwait(false);
            while (await OpenCountAsync(host).ConfigureAwait(false) > 0)
            {
                await Task.Delay(20).ConfigureAwait(false);
            }

            elapsed = clock.Elapsed;
            var failed = await host.Storage.Executions.ListAsync(host.Scope,
                new ExecutionQuery { State = ExecutionState.Completed, PageSize = 1 }, CancellationToken.None).ConfigureAwait(false);
            Require(!failed.Items.IsEmpty, "no execution completed");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{target}: {executions:N0} executions submitted at once ({ConcurrentActions} no-op actions each, " +
            $"{(target == "memory" ? "all started at once" : $"worker runs {maxConcurrent} at a time")}): {elapsed.TotalSeconds:F2} s wall, " +
            $"{executions / elapsed.TotalSeconds:N0} executions/s, peak working set {peak.MaxBytes / 1048576.0:F0} MiB (process high-water mark {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MiB)"));
    }

    private static async Task<StoredExecution> RunOneAsync(DurableBenchHost host, int steps)
    {
        var submitted = await SubmitAsync(host, steps).ConfigureAwait(false);
        while (true)
        {
            var execution = await host.Storage.Executions.GetAsync(host.Scope, submitted.Id, CancellationToken.None).ConfigureAwait(false);
            if (execution is { State: not (ExecutionState.Pending or ExecutionState.Running) })
            {
                Require(execution.State == ExecutionState.Completed, execution.Reason);
                return execution;
            }

            await Task.Delay(5).ConfigureAwait(false);
        }
    }

    private static async Task<StoredExecution> SubmitAsync(DurableBenchHost host, int steps)
    {
        var result = await host.Storage.Executions.SubmitAsync(host.Scope, new ExecutionSubmission
        {
            PlaybookId = BenchExecutionPlaybook.IdFor(steps),
            PlaybookModified = BenchExecutionPlaybook.Modified,
            Mode = StoredMode.Live,
        }, CancellationToken.None).ConfigureAwait(false);
        return result.Execution ?? throw new InvalidOperationException($"Submission refused: {result.Failure} {result.Message}");
    }

    private static async Task<int> OpenCountAsync(DurableBenchHost host)
    {
        var open = 0;
        foreach (var state in new[] { ExecutionState.Pending, ExecutionState.Running })
        {
            var page = await host.Storage.Executions.ListAsync(host.Scope, new ExecutionQuery { State = state, PageSize = 1 }, CancellationToken.None)
                .ConfigureAwait(false);
            open += page.Items.Length;
        }

        return open;
    }

    private static async Task<BenchDatabase?> DatabaseAsync(string target)
    {
        if (target == "sqlite")
        {
            var database = BenchDatabase.CreateSqlite();
            Directory.CreateDirectory(database.Options.DataDirectory);
            return database;
        }

        var server = Environment.GetEnvironmentVariable("ARGUS_BENCH_POSTGRES") ?? Environment.GetEnvironmentVariable("ARGUS_TEST_POSTGRES");
        if (string.IsNullOrWhiteSpace(server))
        {
            Console.WriteLine("postgres: skipped (set ARGUS_BENCH_POSTGRES or ARGUS_TEST_POSTGRES)");
            return null;
        }

        return await BenchDatabase.CreatePostgresAsync(server).ConfigureAwait(false);
    }

    private static Playbook Parse(byte[] document) =>
        CacaoReader.Read(document) is CacaoReadResult.Parsed parsed ? parsed.Playbook : throw new InvalidOperationException("Bench playbook unreadable.");

    private static void Require(bool condition, string? reason)
    {
        if (!condition)
        {
            throw new InvalidOperationException("Bench run failed: " + reason);
        }
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    /// <summary>Samples the process's working set every 10 ms while started; the highest sample is the peak of that phase.</summary>
    private sealed class PeakWorkingSet
    {
        public long MaxBytes { get; private set; }

        public IDisposable Start()
        {
            var stop = new CancellationTokenSource();
            _ = Task.Run(async () =>
            {
                using var process = Process.GetCurrentProcess();
                while (!stop.IsCancellationRequested)
                {
                    process.Refresh();
                    MaxBytes = Math.Max(MaxBytes, process.WorkingSet64);
                    await Task.Delay(10, CancellationToken.None).ConfigureAwait(false);
                }
            });
            return stop;
        }
    }
}
