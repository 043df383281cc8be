using System.Collections.Concurrent;
using Argus.Storage.Playbooks;
using Argus.Storage.Tests.Support;

namespace Argus.Storage.Tests.Playbooks;

/// <summary>Eight writers import versions of the same playbooks at once; run on both providers.</summary>
public abstract class ConcurrencyTests(StorageTarget target)
{
    private const int Writers = 8;
    private const int Playbooks = 4;
    private const int VersionsPerPlaybook = 6;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ImportAsync_EightConcurrentWriters_StoresEachVersionOnceLosesNoneAndLatestIsNewest()
    {
        var org = Scopes.NewOrganisation();
        var start = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var documents = Enumerable.Range(0, Playbooks)
            .Select(_ => TestPlaybook.Minimal())
            .SelectMany(p => Enumerable.Range(0, VersionsPerPlaybook).Select(v => p with { Modified = start.AddHours(v), Name = $"v{v}" }))
            .Select(p => (Playbook: p, Bytes: p.ToBytes()))
            .ToList();
        var results = new ConcurrentBag<ImportResult>();

        // Every writer imports every document, each in its own order, so the same key is always contended.
        await Task.WhenAll(Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
        {
            foreach (var (_, bytes) in documents.OrderBy(d => HashCode.Combine(writer, d.Playbook.Id, d.Playbook.Modified)))
            {
                results.Add(await target.Storage.Playbooks.ImportAsync(Scopes.Admin(org), new ImportRequest(bytes), Token));
            }
        }, Token)));

        Assert.Equal(documents.Count, results.OfType<ImportResult.Stored>().Count());
        Assert.Equal(documents.Count * (Writers - 1), results.OfType<ImportResult.Unchanged>().Count());
        var counts = await RowCounts.ReadAsync(target, org, Token);
        Assert.Equal((documents.Count, documents.Count), ((int)counts.Versions, (int)counts.AuditEvents));
        foreach (var id in documents.Select(d => d.Playbook.Id).Distinct())
        {
            var latest = await target.Storage.Playbooks.GetAsync(Scopes.Admin(org), id, null, Token);
            Assert.Equal($"v{VersionsPerPlaybook - 1}", latest?.Metadata.Name);
            Assert.Equal(VersionsPerPlaybook, (await target.Storage.Playbooks.GetVersionsAsync(Scopes.Admin(org), id, Token)).Length);
        }

        Assert.True((await target.Storage.Audit.VerifyAsync(org, Token)).IsIntact);
    }

    public sealed class OnSqlite(SqliteTarget target) : ConcurrencyTests(target), IClassFixture<SqliteTarget>;

    public sealed class OnPostgres(PostgresTarget target) : ConcurrencyTests(target), IClassFixture<PostgresTarget>;
}
