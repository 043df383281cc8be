using System.Text;
using Argus.Storage.Access;
using Argus.Storage.Audit;
using Argus.Storage.Playbooks;
using Argus.Storage.Tests.Support;

namespace Argus.Storage.Tests.Playbooks;

/// <summary>Import semantics, run on SQLite and on PostgreSQL.</summary>
public abstract class ImportTests(StorageTarget target)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private IPlaybookLibrary Library => target.Storage.Playbooks;

    [Fact]
    public async Task ImportAsync_ValidDocument_StoresExactBytesWithMetadataAndAuditEvent()
    {
        var org = Scopes.NewOrganisation();
        var playbook = TestPlaybook.Minimal() with { Labels = ["phishing"], PlaybookTypes = ["remediation", "containment"] };
        var bytes = playbook.ToBytes();

        var result = await Library.ImportAsync(Scopes.Admin(org), new ImportRequest(bytes) { VersionLabel = "1.0", Author = "alice" }, Token);

        var stored = Assert.IsType<ImportResult.Stored>(result).Version;
        Assert.Equal((playbook.Id, playbook.ModifiedText), (stored.PlaybookId, stored.Modified));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), stored.Sha256);
        Assert.Equal(playbook.Name, stored.Metadata.Name);
        Assert.Equal(["remediation", "containment"], stored.Metadata.PlaybookTypes);
        Assert.Equal(["phishing"], stored.Metadata.Labels);
        Assert.Equal(3, stored.Metadata.StepCount);
        Assert.Equal((ClearanceLevel.Unclassified, PlaybookStatus.Draft, "1.0", "alice"), (stored.Classification, stored.Status, stored.VersionLabel, stored.Author));
        var export = Assert.IsType<ExportResult.Exported>(await Library.ExportAsync(Scopes.Admin(org), new ExportRequest(playbook.Id), Token));
        Assert.Equal(bytes, export.Document.ToArray());
        Assert.Equal(2, (await RowCounts.ReadAsync(target, org, Token)).AuditEvents);
    }

    [Fact]
    public async Task ImportAsync_SameIdAndModifiedAndBytes_ReturnsUnchangedWithoutWriting()
    {
        var org = Scopes.NewOrganisation();
        var bytes = TestPlaybook.Minimal().ToBytes();
        await Library.ImportAsync(Scopes.Admin(org), new ImportRequest(bytes), Token);
        var before = await RowCounts.ReadAsync(target, org, Token);

        var result = await Library.ImportAsync(Scopes.Admin(org), new ImportRequest(bytes), Token);

        Assert.IsType<ImportResult.Unchanged>(result);
        Assert.Equal(before, await RowCounts.ReadAsync(target, org, Token));
    }

    [Fact]
    public async Task ImportAsync_SameIdAndModifiedWithDifferentBytes_ReturnsVersionConflict()
    {
        var org = Scopes.NewOrganisation();
        var playbook = TestPlaybook.Minimal();
        await Library.ImportAsync(Scopes.Admin(org), new ImportRequest(playbook.ToBytes()), Token);
        var before = await RowCounts.ReadAsync(target, org, Token);

        var result = await Library.ImportAsync(Scopes.Admin(org), new ImportRequest((playbook with { Description = "changed" }).ToBytes()), Token);

        Assert.Equal("version.conflict", Assert.IsType<ImportResult.Conflict>(result).Issue.Code);
        Assert.Equal(before, await RowCounts.ReadAsync(target, org, Token));
    }

    [Fact]
    public async Task ImportAsync_NewerAndOlderModified_KeepsEveryVersionAndLatestIsNewest()
    {
        var org = Scopes.NewOrganisation();
        var first = TestPlaybook.Minimal();
        var newer = first with { Modified = first.Modified.AddDays(1), Name = "newer" };
        var older = first with { Modified = first.Modified.AddDays(-1), Name = "older" };

        foreach (var playbook in new[] { first, newer, older })
        {
            Assert.IsType<ImportResult.Stored>(await Library.ImportAsync(Scopes.Admin(org), new ImportRequest(playbook.ToBytes()), Token));
        }

        var versions = await Library.GetVersionsAsync(Scopes.Admin(org), first.Id, Token);
        Assert.Equal([newer.ModifiedText, first.ModifiedText, older.ModifiedText], versions.Select(v => v.Modified));
        Assert.Equal("newer", (await Library.GetAsync(Scopes.Admin(org), first.Id, null, Token))?.Metadata.Name);
    }

    [Theory]
    [InlineData("{\"type\": ")]
    [InlineData("[1, 2]")]
    [InlineData("{\"type\": \"playbook\"}")]
    public async Task ImportAsync_BadInput_IsRejectedAndLeavesDatabaseAndAuditChainUnchanged(string json)
    {
        var org = Scopes.NewOrganisation();
        await Library.ImportAsync(Scopes.Admin(org), new ImportRequest(TestPlaybook.Minimal().ToBytes()), Token);
        var before = await RowCounts.ReadAsync(target, org, Token);

        var result = await Library.ImportAsync(Scopes.Admin(org), new ImportRequest(Encoding.UTF8.GetBytes(json)), Token);

        Assert.NotEmpty(Assert.IsType<ImportResult.Rejected>(result).Report.Errors);
        Assert.Equal(before, await RowCounts.ReadAsync(target, org, Token));
        Assert.True((await target.Storage.Audit.VerifyAsync(org, Token)).IsIntact);
    }

    [Fact]
    public async Task ImportAsync_StringEscapingALoneSurrogate_IsRejectedAsInvalidUnicodeAndStoresNothing()
    {
        var org = Scopes.NewOrganisation();
        await Library.ImportAsync(Scopes.Admin(org), new ImportRequest(TestPlaybook.Minimal().ToBytes()), Token);
        var before = await RowCounts.ReadAsync(target, org, Token);
        var json = Encoding.UTF8.GetString((TestPlaybook.Minimal() with { Name = "name-to-break" }).ToBytes())
            .Replace("name-to-break", "\\ud800", StringComparison.Ordinal);

        var result = await Library.ImportAsync(Scopes.Admin(org), new ImportRequest(Encoding.UTF8.GetBytes(json)), Token);

        var error = Assert.Single(Assert.IsType<ImportResult.Rejected>(result).Report.Errors);
        Assert.Equal("json.invalid-unicode", error.Code);
        Assert.Equal("/name", error.Path);
        Assert.Equal(before, await RowCounts.ReadAsync(target, org, Token));
    }

    [Fact]
    public async Task ImportAsync_ClassificationAboveClearance_IsForbiddenAndStoresNothing()
    {
        var org = Scopes.NewOrganisation();
        var playbook = TestPlaybook.Minimal();

        var result = await Library.ImportAsync(
            Scopes.For(org, ClearanceLevel.Confidential), new ImportRequest(playbook.ToBytes()) { Classification = ClearanceLevel.Secret }, Token);

        Assert.Equal(new ImportResult.Forbidden(ClearanceLevel.Secret, ClearanceLevel.Confidential), result);
        Assert.Null(await Library.GetAsync(Scopes.Admin(org), playbook.Id, null, Token));
    }

    [Theory]
    [InlineData("CLASSIFICATION: SECRET", null, ClearanceLevel.Secret)]
    [InlineData("TOP SECRET", null, ClearanceLevel.TopSecret)]
    [InlineData("Copyright 2024 Example CERT, trade secret", null, ClearanceLevel.Unclassified)]
    [InlineData("CLASSIFICATION: SECRET", ClearanceLevel.Restricted, ClearanceLevel.Restricted)]
    public async Task ImportAsync_Classification_ComesFromArgumentElseMarkingStatementElseUnclassified(
        string statement, ClearanceLevel? argument, ClearanceLevel expected)
    {
        var org = Scopes.NewOrganisation();
        var playbook = TestPlaybook.Minimal() with { MarkingStatement = statement };

        var result = await Library.ImportAsync(Scopes.Admin(org), new ImportRequest(playbook.ToBytes()) { Classification = argument }, Token);

        Assert.Equal(expected, Assert.IsType<ImportResult.Stored>(result).Version.Classification);
    }

    [Fact]
    public async Task ImportAsync_StatusGiven_StoresItAndAuditsTheImport()
    {
        var org = Scopes.NewOrganisation();

        var result = await Library.ImportAsync(
            Scopes.Admin(org), new ImportRequest(TestPlaybook.Minimal().ToBytes()) { Status = PlaybookStatus.Verified }, Token);

        Assert.Equal(PlaybookStatus.Verified, Assert.IsType<ImportResult.Stored>(result).Version.Status);
        var audit = await target.Storage.Audit.VerifyAsync(org, Token);
        Assert.Equal((true, 1L), (audit.IsIntact, audit.EventCount));
    }

    public sealed class OnSqlite(SqliteTarget target) : ImportTests(target), IClassFixture<SqliteTarget>;

    public sealed class OnPostgres(PostgresTarget target) : ImportTests(target), IClassFixture<PostgresTarget>;
}
