using Argus.Storage.Access;
using Argus.Storage.Playbooks;
using Argus.Storage.Tests.Support;

namespace Argus.Storage.Tests.Access;

/// <summary>
/// Two organisations, five clearance levels, every read path: nothing of another organisation or above the
/// reader's clearance comes back, and a hidden playbook looks exactly like a missing one. Run on both providers.
/// </summary>
public abstract class IsolationTests(StorageTarget target)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private IPlaybookLibrary Library => target.Storage.Playbooks;

    [Fact]
    public async Task EveryReadPath_TwoOrganisationsFiveClearances_ReturnsOnlyOwnRowsAtOrBelowClearance()
    {
        var orgs = new[] { Scopes.NewOrganisation(), Scopes.NewOrganisation() };
        var seeded = await SeedAsync(orgs);

        foreach (var org in orgs)
        {
            foreach (var clearance in ClearanceLevelNames.Ladder)
            {
                await AssertReadsAsync(Scopes.For(org, clearance), seeded);
            }
        }
    }

    // In each organisation: one playbook per level, and one playbook whose versions climb the ladder. The same CACAO
    // ids exist in both organisations (with different bytes), so an id alone never leads across.
    private async Task<List<Seeded>> SeedAsync(OrganisationId[] orgs)
    {
        var perLevel = ClearanceLevelNames.Ladder.Select(level => (Level: level, Playbook: TestPlaybook.Minimal() with { Name = $"level {level}" })).ToList();
        var climbing = TestPlaybook.Minimal() with { Name = "climbing" };
        var seeded = new List<Seeded>();
        foreach (var org in orgs)
        {
            foreach (var (level, playbook) in perLevel)
            {
                var doc = playbook with { Description = org.Value };
                await ImportAsync(org, doc, level);
                seeded.Add(new Seeded(org, doc, level));
            }

            foreach (var level in ClearanceLevelNames.Ladder)
            {
                var doc = climbing with { Modified = climbing.Modified.AddDays((int)level), Description = org.Value };
                await ImportAsync(org, doc, level);
                seeded.Add(new Seeded(org, doc, level));
            }
        }

        return seeded;
    }

    private async Task ImportAsync(OrganisationId org, TestPlaybook playbook, ClearanceLevel level) =>
        Assert.IsType<ImportResult.Stored>(await Library.ImportAsync(Scopes.Admin(org), new ImportRequest(playbook.ToBytes()) { Classification = level }, Token));

    private async Task AssertReadsAsync(AccessScope scope, List<Seeded> seeded)
    {
        var visible = seeded.Where(s => s.Organisation == scope.Organisation && s.Level <= scope.Clearance).ToList();
        void AssertAllowed(PlaybookVersion version)
        {
            Assert.Equal(scope.Organisation, version.Organisation);
            Assert.True(version.Classification <= scope.Clearance, $"{version.Classification} leaked to {scope.Clearance}");
            Assert.Equal(scope.Organisation.Value, version.Metadata.Description);
        }

        // List: all versions, then latest per playbook (the climbing playbook's latest is the highest visible rung).
        var all = await Library.ListAsync(scope, new PlaybookQuery { AllVersions = true, PageSize = 500 }, Token);
        all.Items.ToList().ForEach(AssertAllowed);
        Assert.Equal(visible.Count, all.Items.Length);
        var latest = await Library.ListAsync(scope, new PlaybookQuery { PageSize = 500 }, Token);
        latest.Items.ToList().ForEach(AssertAllowed);
        Assert.Equal(visible.Select(v => v.Playbook.Id).Distinct().Count(), latest.Items.Length);
        var climbingLatest = latest.Items.Single(v => v.Metadata.Name == "climbing");
        Assert.Equal(scope.Clearance, climbingLatest.Classification);

        // Statistics count only what the scope sees.
        var statistics = await Library.GetStatisticsAsync(scope, Token);
        Assert.Equal((latest.Items.Length, visible.Count), (statistics.Playbooks, statistics.Versions));
        Assert.All(statistics.ByClassification.Keys, level => Assert.True(level <= scope.Clearance));

        // By id, versions, export, status: a hidden version answers exactly like a missing one.
        foreach (var item in seeded.Where(s => s.Organisation == scope.Organisation))
        {
            var isVisible = item.Level <= scope.Clearance;
            var byId = await Library.GetAsync(scope, item.Playbook.Id, item.Playbook.ModifiedText, Token);
            var export = await Library.ExportAsync(scope, new ExportRequest(item.Playbook.Id, item.Playbook.ModifiedText), Token);
            if (isVisible)
            {
                AssertAllowed(Assert.IsType<PlaybookVersion>(byId));
                Assert.Equal(item.Playbook.ToBytes(), Assert.IsType<ExportResult.Exported>(export).Document.ToArray());
            }
            else
            {
                Assert.Null(byId);
                Assert.IsType<ExportResult.NotFound>(export);
                Assert.IsType<StatusChangeResult.NotFound>(
                    await Library.SetStatusAsync(scope, item.Playbook.Id, item.Playbook.ModifiedText, PlaybookStatus.Verified, Token));
            }

            var versions = await Library.GetVersionsAsync(scope, item.Playbook.Id, Token);
            versions.ToList().ForEach(AssertAllowed);
            var latestOfItem = await Library.GetAsync(scope, item.Playbook.Id, null, Token);
            if (latestOfItem is not null)
            {
                AssertAllowed(latestOfItem);
            }
        }
    }

    private sealed record Seeded(OrganisationId Organisation, TestPlaybook Playbook, ClearanceLevel Level);

    public sealed class OnSqlite(SqliteTarget target) : IsolationTests(target), IClassFixture<SqliteTarget>;

    public sealed class OnPostgres(PostgresTarget target) : IsolationTests(target), IClassFixture<PostgresTarget>;
}
