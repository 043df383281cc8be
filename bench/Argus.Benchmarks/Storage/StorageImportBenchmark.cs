using Argus.Cacao.Validation;
using Argus.Storage;
using Argus.Storage.Access;
using Argus.Storage.Playbooks;
using BenchmarkDotNet.Attributes;

namespace Argus.Benchmarks.Storage;

/// <summary>
/// One import (validation, transaction, audit event) of a fresh playbook, against validation alone as the baseline;
/// the ratio is the storage overhead. PostgreSQL needs <c>ARGUS_BENCH_POSTGRES</c> or <c>ARGUS_TEST_POSTGRES</c>.
/// Run with <c>dotnet run -c Release --project bench/Argus.Benchmarks -- --filter *StorageImport*</c>.
/// </summary>
[MemoryDiagnoser]
public class StorageImportBenchmark
{
    private readonly PlaybookValidator _validator = new();
    private readonly AccessScope _scope = AccessScope.Administrator(OrganisationId.From("bench-import"), "bench");
    private BenchDatabase? _database;
    private ArgusStorage? _storage;
    private int _next;

    [Params("sqlite", "postgres")]
    public string Provider { get; set; } = "sqlite";

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        var server = Environment.GetEnvironmentVariable("ARGUS_BENCH_POSTGRES") ?? Environment.GetEnvironmentVariable("ARGUS_TEST_POSTGRES");
        _database = Provider == "sqlite"
            ? BenchDatabase.CreateSqlite()
            : await BenchDatabase.CreatePostgresAsync(server ?? throw new InvalidOperationException("Set ARGUS_BENCH_POSTGRES or ARGUS_TEST_POSTGRES.")).ConfigureAwait(false);
        _storage = ArgusStorage.Open(_database.Options);
        await _storage.MigrateAsync(CancellationToken.None).ConfigureAwait(false);
    }

    [GlobalCleanup]
    public async Task CleanUpAsync()
    {
        if (_storage is not null)
        {
            await _storage.DisposeAsync().ConfigureAwait(false);
        }

        if (_database is not null)
        {
            await _database.DisposeAsync().ConfigureAwait(false);
        }
    }

    private byte[] NextDocument() =>
        BenchPlaybooks.Document(Guid.NewGuid(), new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero).AddSeconds(Interlocked.Increment(ref _next)), "Imported", "containment", "phishing");

    [Benchmark(Baseline = true)]
    public ValidationReport Validate() => _validator.Validate(NextDocument());

    [Benchmark]
    public async Task<ImportResult> Import() =>
        await _storage!.Playbooks.ImportAsync(_scope, new ImportRequest(NextDocument()), CancellationToken.None).ConfigureAwait(false);
}
