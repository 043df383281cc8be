using System.Text;
using Argus.Storage.Access;
using Argus.Storage.Playbooks;
using Argus.Storage.Tests.Support;

namespace Argus.Storage.Tests.Playbooks;

/// <summary>Export (exact and redacted) and status transitions; run on both providers.</summary>
public abstract class ExportAndStatusTests(StorageTarget target)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private IPlaybookLibrary Library => target.Storage.Playbooks;

    [Fact]
    public async Task ExportAsync_NamedVersion_ReturnsThatVersionsExactBytesAndWritesAuditEvent()
    {
        var org = Scopes.NewOrganisation();
        var old = TestPlaybook.Minimal();
        var oldBytes = old.ToBytes();
        await Library.ImportAsync(Scopes.Admin(org), new ImportRequest(oldBytes), Token);
        await Library.ImportAsync(Scopes.Admin(org), new ImportRequest((old with { Modified = old.Modified.AddDays(1) }).ToBytes()), Token);

        var result = await Library.ExportAsync(Scopes.Admin(org), new ExportRequest(old.Id, old.ModifiedText), Token);

        Assert.Equal(oldBytes, Assert.IsType<ExportResult.Exported>(result).Document.ToArray());
        Assert.Equal(3, (await RowCounts.ReadAsync(target, org, Token)).AuditEvents);
    }

    [Fact]
    public async Task ExportAsync_RedactSecrets_RemovesPasswordAndKeepsTheRest()
    {
        var org = Scopes.NewOrganisation();
        var playbook = TestPlaybook.Minimal() with { Password = "correct-horse-battery-staple" };
        await Library.ImportAsync(Scopes.Admin(org), new ImportRequest(playbook.ToBytes()), Token);

        var result = await Library.ExportAsync(Scopes.Admin(org), new ExportRequest(playbook.Id, RedactSecrets: true), Token);

        var text = Encoding.UTF8.GetString(Assert.IsType<ExportResult.Exported>(result).Document.Span);
        Assert.DoesNotContain("correct-horse-battery-staple", text, StringComparison.Ordinal);
        Assert.Contains("\"user_id\": \"operator\"", text, StringComparison.Ordinal);
        Assert.Contains(playbook.Id, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportAsync_MissingPlaybook_IsNotFoundAndWritesNothing()
    {
        var org = Scopes.NewOrganisation();
        await Library.ImportAsync(Scopes.Admin(org), new ImportRequest(TestPlaybook.Minimal().ToBytes()), Token);
        var before = await RowCounts.ReadAsync(target, org, Token);

        var result = await Library.ExportAsync(Scopes.Admin(org), new ExportRequest("playbook--" + Guid.NewGuid()), Token);

        Assert.IsType<ExportResult.NotFound>(result);
        Assert.Equal(before, await RowCounts.ReadAsync(target, org, Token));
    }

    [Fact]
    public async Task SetStatusAsync_DraftToVerifiedToDeprecatedAndBack_RecordsWhoAndWhen()
    {
        var time = new ManualClock(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
        await using var storage = target.Open(time);
        var org = Scopes.NewOrganisation();
        var playbook = TestPlaybook.Minimal();
        await storage.Playbooks.ImportAsync(Scopes.Admin(org), new ImportRequest(playbook.ToBytes()), Token);
        var reviewer = new AccessScope(org, ClearanceLevel.TopSecret, "reviewer@test");

        time.Advance(TimeSpan.FromHours(1));
        var verified = await storage.Playbooks.SetStatusAsync(reviewer, playbook.Id, playbook.ModifiedText, PlaybookStatus.Verified, Token);
        var deprecated = await storage.Playbooks.SetStatusAsync(reviewer, playbook.Id, playbook.ModifiedText, PlaybookStatus.Deprecated, Token);
        var skipped = await storage.Playbooks.SetStatusAsync(reviewer, playbook.Id, playbook.ModifiedText, PlaybookStatus.Verified, Token);
        var reopened = await storage.Playbooks.SetStatusAsync(reviewer, playbook.Id, playbook.ModifiedText, PlaybookStatus.Draft, Token);

        var changed = Assert.IsType<StatusChangeResult.Changed>(verified).Version;
        Assert.Equal(("reviewer@test", time.GetUtcNow(), PlaybookStatus.Verified), (changed.StatusChangedBy, changed.StatusChangedAt, changed.Status));
        Assert.Equal(PlaybookStatus.Deprecated, Assert.IsType<StatusChangeResult.Changed>(deprecated).Version.Status);
        Assert.Equal(new StatusChangeResult.InvalidTransition(PlaybookStatus.Deprecated, PlaybookStatus.Verified), skipped);
        Assert.Equal(PlaybookStatus.Draft, Assert.IsType<StatusChangeResult.Changed>(reopened).Version.Status);
        var counts = await RowCounts.ReadAsync(target, org, Token);
        Assert.Equal((3L, 4L), (counts.StatusChanges, counts.AuditEvents));
    }

    [Fact]
    public async Task SetStatusAsync_MissingVersion_IsNotFound()
    {
        var org = Scopes.NewOrganisation();

        var result = await Library.SetStatusAsync(Scopes.Admin(org), "playbook--" + Guid.NewGuid(), "2024-01-01T00:00:00Z", PlaybookStatus.Verified, Token);

        Assert.IsType<StatusChangeResult.NotFound>(result);
    }

    public sealed class OnSqlite(SqliteTarget target) : ExportAndStatusTests(target), IClassFixture<SqliteTarget>;

    public sealed class OnPostgres(PostgresTarget target) : ExportAndStatusTests(target), IClassFixture<PostgresTarget>;
}
