using Argus.Storage.Access;
using Argus.Storage.Playbooks;
using Argus.Storage.Tests.Support;

namespace Argus.Storage.Tests.Playbooks;

/// <summary>Listing: filters, order, keyset pages, latest vs all versions; run on both providers.</summary>
public abstract class ListTests(StorageTarget target)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private IPlaybookLibrary Library => target.Storage.Playbooks;

    private async Task<TestPlaybook> ImportAsync(OrganisationId org, TestPlaybook playbook, PlaybookStatus status = PlaybookStatus.Draft)
    {
        Assert.IsType<ImportResult.Stored>(await Library.ImportAsync(Scopes.Admin(org), new ImportRequest(playbook.ToBytes()) { Status = status }, Token));
        return playbook;
    }

    private async Task<List<PlaybookVersion>> ListAllAsync(AccessScope scope, PlaybookQuery query)
    {
        var all = new List<PlaybookVersion>();
        for (var page = 0; page < 100; page++)
        {
            var result = await Library.ListAsync(scope, query, Token);
            all.AddRange(result.Items);
            if (result.NextCursor is null)
            {
                return all;
            }

            query = query with { Cursor = result.NextCursor };
        }

        throw new InvalidOperationException("Pagination did not end within 100 pages.");
    }

    [Fact]
    public async Task ListAsync_DefaultQuery_ShowsLatestVersionPerPlaybookNewestFirst()
    {
        var org = Scopes.NewOrganisation();
        var a = await ImportAsync(org, TestPlaybook.Minimal() with { Name = "a" });
        var a2 = await ImportAsync(org, a with { Modified = a.Modified.AddDays(2), Name = "a2" });
        var b = await ImportAsync(org, TestPlaybook.Minimal() with { Modified = a.Modified.AddDays(1), Name = "b" });

        var page = await Library.ListAsync(Scopes.Admin(org), new PlaybookQuery(), Token);

        Assert.Equal(["a2", "b"], page.Items.Select(v => v.Metadata.Name));
        Assert.Null(page.NextCursor);
        Assert.Equal(a2.ModifiedText, page.Items[0].Modified);
        _ = b;
    }

    [Fact]
    public async Task ListAsync_AllVersions_ListsEveryVersion()
    {
        var org = Scopes.NewOrganisation();
        var a = await ImportAsync(org, TestPlaybook.Minimal());
        await ImportAsync(org, a with { Modified = a.Modified.AddDays(1) });

        var page = await Library.ListAsync(Scopes.Admin(org), new PlaybookQuery { AllVersions = true }, Token);

        Assert.Equal(2, page.Items.Length);
    }

    [Fact]
    public async Task ListAsync_Filters_MatchStatusTypeLabelAndText()
    {
        var org = Scopes.NewOrganisation();
        await ImportAsync(org, TestPlaybook.Minimal() with { Name = "Ransomware containment", PlaybookTypes = ["containment"], Labels = ["ransomware"] }, PlaybookStatus.Verified);
        await ImportAsync(org, TestPlaybook.Minimal() with { Name = "Phishing triage", Description = "100% of mail_boxes", PlaybookTypes = ["investigation"], Labels = ["phishing"] });
        var scope = Scopes.Admin(org);

        Assert.Equal(["Ransomware containment"], (await Library.ListAsync(scope, new PlaybookQuery { Status = PlaybookStatus.Verified }, Token)).Items.Select(v => v.Metadata.Name));
        Assert.Equal(["Phishing triage"], (await Library.ListAsync(scope, new PlaybookQuery { PlaybookType = "investigation" }, Token)).Items.Select(v => v.Metadata.Name));
        Assert.Equal(["Ransomware containment"], (await Library.ListAsync(scope, new PlaybookQuery { Label = "ransomware" }, Token)).Items.Select(v => v.Metadata.Name));
        Assert.Equal(["Phishing triage"], (await Library.ListAsync(scope, new PlaybookQuery { Text = "TRIAGE" }, Token)).Items.Select(v => v.Metadata.Name));
        Assert.Equal(["Phishing triage"], (await Library.ListAsync(scope, new PlaybookQuery { Text = "0% of mail_" }, Token)).Items.Select(v => v.Metadata.Name));
        Assert.Empty((await Library.ListAsync(scope, new PlaybookQuery { Text = "%" + "x" }, Token)).Items);
    }

    [Theory]
    [InlineData(PlaybookSort.ModifiedDescending)]
    [InlineData(PlaybookSort.Name)]
    public async Task ListAsync_PagedWithCursor_VisitsEveryPlaybookOnceInOrder(PlaybookSort sort)
    {
        var org = Scopes.NewOrganisation();
        var start = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var names = new List<string>();
        for (var i = 0; i < 23; i++)
        {
            // Pairs share a modified time and a name, so the tie-breaker is exercised.
            var playbook = TestPlaybook.Minimal() with { Modified = start.AddMinutes(i / 2), Name = $"playbook {(i * 7) % 23 / 2:D2}" };
            names.Add((await ImportAsync(org, playbook)).Id);
        }

        var listed = await ListAllAsync(Scopes.Admin(org), new PlaybookQuery { Sort = sort, PageSize = 5 });

        Assert.Equal(names.Order(StringComparer.Ordinal), listed.Select(v => v.PlaybookId).Order(StringComparer.Ordinal));
        var keys = sort == PlaybookSort.Name ? listed.Select(v => v.Metadata.Name).ToList() : listed.Select(v => v.Modified).Reverse().ToList();
        Assert.Equal(keys.Order(StringComparer.Ordinal), keys);
    }

    [Fact]
    public async Task ListAsync_CursorOfAnotherSort_IsRefused()
    {
        var org = Scopes.NewOrganisation();
        await ImportAsync(org, TestPlaybook.Minimal());
        await ImportAsync(org, TestPlaybook.Minimal());
        var page = await Library.ListAsync(Scopes.Admin(org), new PlaybookQuery { PageSize = 1 }, Token);

        await Assert.ThrowsAsync<ArgumentException>(() =>
            Library.ListAsync(Scopes.Admin(org), new PlaybookQuery { Sort = PlaybookSort.Name, Cursor = page.NextCursor }, Token));
    }

    [Fact]
    public async Task GetStatisticsAsync_CountsStatusTypeClassificationVersionsAndRecentImports()
    {
        var org = Scopes.NewOrganisation();
        var a = await ImportAsync(org, TestPlaybook.Minimal() with { PlaybookTypes = ["containment", "remediation"] }, PlaybookStatus.Verified);
        await ImportAsync(org, a with { Modified = a.Modified.AddDays(1) }, PlaybookStatus.Verified);
        await ImportAsync(org, TestPlaybook.Minimal() with { PlaybookTypes = ["remediation"], MarkingStatement = "RESTRICTED" });

        var statistics = await Library.GetStatisticsAsync(Scopes.Admin(org), Token);

        Assert.Equal((2, 3, 3), (statistics.Playbooks, statistics.Versions, statistics.ImportsLast30Days));
        Assert.Equal(1, statistics.ByStatus[PlaybookStatus.Verified]);
        Assert.Equal(1, statistics.ByStatus[PlaybookStatus.Draft]);
        Assert.Equal(2, statistics.ByType["remediation"]);
        Assert.Equal(1, statistics.ByType["containment"]);
        Assert.Equal(1, statistics.ByClassification[ClearanceLevel.Restricted]);
        Assert.Equal(1, statistics.ByClassification[ClearanceLevel.Unclassified]);
    }

    [Fact]
    public async Task GetStatisticsAsync_ImportsOlderThan30Days_AreNotCountedAsRecent()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        await using var storage = target.Open(clock);
        var org = Scopes.NewOrganisation();
        await storage.Playbooks.ImportAsync(Scopes.Admin(org), new ImportRequest(TestPlaybook.Minimal().ToBytes()), Token);
        clock.Advance(TimeSpan.FromDays(31));
        await storage.Playbooks.ImportAsync(Scopes.Admin(org), new ImportRequest(TestPlaybook.Minimal().ToBytes()), Token);

        var statistics = await storage.Playbooks.GetStatisticsAsync(Scopes.Admin(org), Token);

        Assert.Equal((2, 1), (statistics.Versions, statistics.ImportsLast30Days));
    }

    public sealed class OnSqlite(SqliteTarget target) : ListTests(target), IClassFixture<SqliteTarget>;

    public sealed class OnPostgres(PostgresTarget target) : ListTests(target), IClassFixture<PostgresTarget>;
}
