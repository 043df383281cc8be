using System.Diagnostics;
using Argus.Storage;
using Argus.Storage.Access;
using Argus.Storage.Playbooks;

namespace Argus.Benchmarks.Storage;

/// <summary>Times <see cref="IPlaybookLibrary.ImportAsync"/> of fresh documents (validation included), by one writer or several in parallel.</summary>
internal static class ImportThroughput
{
    public static async Task<double> MeasureAsync(ArgusStorage storage, int imports, int writers)
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var documents = Enumerable.Range(0, imports)
            .Select(i => BenchPlaybooks.Document(Guid.NewGuid(), new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero).AddSeconds(i), $"Imported {i}", "containment", "phishing"))
            .ToArray();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            // Each writer has its own organisation, as separate tenants importing at once would.
            var scope = AccessScope.Administrator(OrganisationId.From($"import-{run}-{w}"), "bench");
            for (var i = w; i < documents.Length; i += writers)
            {
                var result = await storage.Playbooks.ImportAsync(scope, new ImportRequest(documents[i]), CancellationToken.None).ConfigureAwait(false);
                if (result is not ImportResult.Stored)
                {
                    var reasons = result is ImportResult.Rejected rejected
                        ? string.Join(", ", rejected.Report.Errors.Select(e => $"{e.Code} at {e.Path}"))
                        : result.GetType().Name;
                    throw new InvalidOperationException($"Import {i} was not stored: {reasons}");
                }
            }
        }))).ConfigureAwait(false);
        clock.Stop();
        return imports / clock.Elapsed.TotalSeconds;
    }
}
